/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_DOT11_MGMT_FRAME_H
#define WLC_DOT11_MGMT_FRAME_H

#include "dot11-data-frame.h"

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/mac48-address.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * Whether a received MPDU ends with the 4-byte FCS (CRC-32, little endian).
 *
 * ns-3's WifiPhy traces (MonitorSnifferRx/Tx, 3.37 to 3.48) deliver the MPDU with a 4-byte
 * FCS trailer that is always zero (WifiMacTrailer writes 0): decode those with PRESENT.
 */
enum class Dot11FcsMode : uint8_t
{
    ABSENT,  //!< no FCS (CAPWAP native frames)
    PRESENT, //!< the last 4 bytes are an FCS; strip it without checking (ns-3 writes zero)
    CHECKED, //!< the last 4 bytes are an FCS; strip it and reject the frame if it is wrong
};

/**
 * \ingroup wlc
 * One octet of a Supported Rates or Extended Supported Rates element: the rate in units of
 * 500 kb/s in bits 0-6 and the basic-rate flag in bit 7, or a BSS membership selector
 * (0x80 | 121..127, for example 0xFF "HT PHY").
 */
struct Dot11Rate
{
    uint8_t value{0}; //!< the octet as carried

    /**
     * \param mbps a rate in Mb/s (a multiple of 0.5, at most 63.5)
     * \param basic true for a basic rate
     * \return the octet
     */
    static Dot11Rate FromMbps(double mbps, bool basic);
    /// \return the rate in Mb/s ((value & 0x7f) / 2); 0 for a BSS membership selector
    double GetMbps() const;
    /// \return true if bit 7 is set and the octet is a rate, not a membership selector
    bool IsBasic() const;
    /// \return true for a BSS membership selector (0x80 | 121..127)
    bool IsMembershipSelector() const;
};

/**
 * \ingroup wlc
 * An information element as carried: Element ID, then the body (the Length octet is the body's
 * size, 0-255).
 */
struct Dot11InformationElement
{
    uint8_t id{0};             //!< Element ID
    std::vector<uint8_t> body; //!< the octets after the Length octet
};

/**
 * \ingroup wlc
 * An IEEE 802.11 Association Request (subtype 0) or Reassociation Request (subtype 2) frame
 * as raw MPDU bytes (IEEE 802.11-2020 9.3.3.6, 9.3.3.8): MAC header (Frame Control, Duration,
 * Address 1 = DA = BSSID, Address 2 = SA = station, Address 3 = BSSID, Sequence Control, HT
 * Control if +HTC/Order), Capability Information, Listen Interval, Current AP Address
 * (reassociation only), then information elements. Multi-byte fields are little endian.
 *
 * The elements are kept in the order received, each raw, so that Encode(Decode(x)) == x;
 * SSID (0), Supported Rates (1), Extended Supported Rates (50), RSN (48) and HT Capabilities
 * (45) are checked and have accessors, any other element is kept as it is. The setters insert
 * an element at its place in the order of IEEE 802.11-2020 Table 9-35.
 */
class Dot11AssocRequest
{
  public:
    /// Management subtypes handled.
    enum Subtype : uint8_t
    {
        SUBTYPE_ASSOC_REQUEST = 0,   //!< Association Request
        SUBTYPE_REASSOC_REQUEST = 2, //!< Reassociation Request
    };

    /// Element IDs with accessors.
    enum ElementId : uint8_t
    {
        ELEMENT_SSID = 0,                      //!< SSID
        ELEMENT_SUPPORTED_RATES = 1,           //!< Supported Rates and BSS Membership Selectors
        ELEMENT_HT_CAPABILITIES = 45,          //!< HT Capabilities
        ELEMENT_RSN = 48,                      //!< RSN
        ELEMENT_EXTENDED_SUPPORTED_RATES = 50, //!< Extended Supported Rates
        ELEMENT_EXTENDED_CAPABILITIES = 127,   //!< Extended Capabilities
        ELEMENT_VENDOR_SPECIFIC = 221,         //!< Vendor Specific
    };

    /// Size of the MAC header without HT Control.
    static constexpr std::size_t HEADER_SIZE = 24;
    /// Size of the FCS trailer.
    static constexpr std::size_t FCS_SIZE = 4;
    /// Size of the body of an HT Capabilities element.
    static constexpr std::size_t HT_CAPABILITIES_SIZE = 26;
    /// Longest SSID.
    static constexpr std::size_t MAX_SSID_SIZE = 32;

    /// An Association Request with all fields zero and no element.
    Dot11AssocRequest();

    /**
     * An Association Request from \p station to the AP \p bssid, with SSID and rates elements.
     * \param bssid the BSSID (Address 1 and 3)
     * \param station the station (Address 2)
     * \param ssid the SSID (at most 32 octets)
     * \param rates the rates; the first 8 go in Supported Rates, the rest in Extended
     *        Supported Rates
     * \return the frame
     */
    static Dot11AssocRequest MakeAssociation(Mac48Address bssid,
                                             Mac48Address station,
                                             const std::string& ssid,
                                             const std::vector<Dot11Rate>& rates);
    /**
     * A Reassociation Request: as MakeAssociation, plus the Current AP Address.
     * \param bssid the BSSID of the new AP (Address 1 and 3)
     * \param station the station (Address 2)
     * \param currentAp the BSSID of the AP the station is associated with
     * \param ssid the SSID
     * \param rates the rates
     * \return the frame
     */
    static Dot11AssocRequest MakeReassociation(Mac48Address bssid,
                                               Mac48Address station,
                                               Mac48Address currentAp,
                                               const std::string& ssid,
                                               const std::vector<Dot11Rate>& rates);

    /**
     * Write the MPDU.
     * \param writer where to write
     * \param swapFrameControl true to write the Frame Control octets swapped (Cisco CAPWAP)
     * \param appendFcs true to append the FCS (CRC-32 of the frame, little endian)
     */
    void Encode(ByteWriter& writer, bool swapFrameControl = false, bool appendFcs = false) const;
    /**
     * Read an MPDU that extends to the end of \p reader.
     * \param reader the MPDU
     * \param fcs whether the MPDU ends with an FCS, and whether to check it
     * \param swapFrameControl true if the Frame Control octets are swapped (Cisco CAPWAP)
     * \param frame the frame read (unspecified on failure)
     * \param why on failure, a short reason
     * \return true for a well-formed (Re)Association Request
     */
    static bool Decode(ByteReader& reader,
                       Dot11FcsMode fcs,
                       bool swapFrameControl,
                       Dot11AssocRequest& frame,
                       std::string& why);
    /**
     * The IEEE 802.11 FCS: CRC-32 (as Ethernet's) of the MAC header and body.
     * \param data the first byte
     * \param size the number of bytes
     * \return the CRC, to be written least significant byte first
     */
    static uint32_t ComputeFcs(const uint8_t* data, std::size_t size);

    /// \return true for a Reassociation Request
    bool IsReassociation() const;
    /// \return the Current AP Address (Reassociation Request), 00:00:00:00:00:00 otherwise
    Mac48Address GetCurrentApAddress() const;
    /**
     * Make the frame an Association or a Reassociation Request.
     * \param reassociation true for a Reassociation Request
     * \param currentAp the Current AP Address, for a Reassociation Request
     */
    void SetReassociation(bool reassociation, Mac48Address currentAp = Mac48Address());

    /// \return the Frame Control field
    const Dot11FrameControl& GetFrameControl() const;
    /// \return the Duration field
    uint16_t GetDuration() const;
    /// \param duration the Duration field
    void SetDuration(uint16_t duration);
    /// \return the sequence number (12 bits)
    uint16_t GetSequenceNumber() const;
    /// \param sequence the sequence number (the low 12 bits are kept)
    void SetSequenceNumber(uint16_t sequence);
    /// \param retry the Retry flag
    void SetRetry(bool retry);
    /// \return true when the HT Control field is present (+HTC/Order set)
    bool HasHtControl() const;
    /// \return the HT Control field (0 if absent)
    uint32_t GetHtControl() const;

    /// \return Address 1, the destination (the AP)
    Mac48Address GetDestination() const;
    /// \return Address 2, the station
    Mac48Address GetStation() const;
    /// \return Address 3, the BSSID
    Mac48Address GetBssid() const;
    /**
     * Set the three addresses.
     * \param destination Address 1
     * \param station Address 2
     * \param bssid Address 3
     */
    void SetAddresses(Mac48Address destination, Mac48Address station, Mac48Address bssid);

    /// \return the Capability Information field (bit 0 ESS, bit 4 Privacy, ...)
    uint16_t GetCapabilityInformation() const;
    /// \param capability the Capability Information field
    void SetCapabilityInformation(uint16_t capability);
    /// \return the Listen Interval, in beacon intervals
    uint16_t GetListenInterval() const;
    /// \param interval the Listen Interval
    void SetListenInterval(uint16_t interval);

    /// \return the SSID ("" if the element is absent or the SSID is the wildcard)
    std::string GetSsid() const;
    /// \param ssid the SSID (at most 32 octets; longer is cut) \return false if it was cut
    bool SetSsid(const std::string& ssid);
    /// \return the rates of Supported Rates then Extended Supported Rates, in order
    std::vector<Dot11Rate> GetRates() const;
    /// \return the rates in Mb/s, membership selectors left out
    std::vector<double> GetRatesMbps() const;
    /**
     * Set Supported Rates (the first 8) and Extended Supported Rates (the rest, if any).
     * \param rates 1 to 263 rates
     * \return false (nothing changed) for no rate or too many
     */
    bool SetRates(const std::vector<Dot11Rate>& rates);
    /// \return true if the frame has an RSN element
    bool HasRsn() const;
    /// \return the RSN element with its Element ID and Length octets; empty if absent
    std::vector<uint8_t> GetRsnElement() const;
    /**
     * \param id an Element ID
     * \return the first element with that ID as carried (Element ID, Length, body), or empty
     */
    std::vector<uint8_t> GetElementBytes(uint8_t id) const;
    /**
     * Set the RSN element.
     * \param element the element with its Element ID (48) and Length octets
     * \return false (nothing changed) if it is not a well-formed RSN element
     */
    bool SetRsnElement(const std::vector<uint8_t>& element);
    /// \return true if the frame has an HT Capabilities element
    bool HasHtCapabilities() const;
    /// \return the body of the HT Capabilities element (26 octets), empty if absent
    std::vector<uint8_t> GetHtCapabilities() const;
    /// \param body the body of an HT Capabilities element \return false unless 26 octets
    bool SetHtCapabilities(const std::vector<uint8_t>& body);

    /// \return every element, in frame order
    const std::vector<Dot11InformationElement>& GetElements() const;
    /// \param id an Element ID \return the first element with that ID, or nullptr
    const Dot11InformationElement* FindElement(uint8_t id) const;
    /**
     * Replace the first element with this ID, or insert it at its place in the standard
     * order (Table 9-35; unknown IDs before Vendor Specific ones).
     * \param element the element (body at most 255 octets)
     * \return false (nothing changed) if the body is longer than 255 octets
     */
    bool SetElement(const Dot11InformationElement& element);
    /**
     * Append an element after all others (for Vendor Specific elements that repeat).
     * \param element the element
     * \return false (nothing changed) if the body is longer than 255 octets, or the ID is one
     *         of 0, 1, 45, 48, 50 and already present
     */
    bool AddElement(const Dot11InformationElement& element);
    /// Remove every element with this ID. \param id the Element ID
    void RemoveElement(uint8_t id);

  private:
    Dot11FrameControl m_frameControl;                //!< Frame Control
    uint16_t m_duration;                             //!< Duration
    Mac48Address m_addr1;                            //!< Address 1 (DA)
    Mac48Address m_addr2;                            //!< Address 2 (SA)
    Mac48Address m_addr3;                            //!< Address 3 (BSSID)
    uint16_t m_sequenceNumber;                       //!< sequence number
    uint8_t m_fragmentNumber;                        //!< fragment number
    uint32_t m_htControl;                            //!< HT Control, if +HTC/Order
    uint16_t m_capability;                           //!< Capability Information
    uint16_t m_listenInterval;                       //!< Listen Interval
    Mac48Address m_currentAp;                        //!< Current AP Address (reassociation)
    std::vector<Dot11InformationElement> m_elements; //!< the elements, in frame order
};

} // namespace ns3

#endif /* WLC_DOT11_MGMT_FRAME_H */
