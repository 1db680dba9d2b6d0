/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_DOT11_MGMT_BODY_FRAME_H
#define WLC_DOT11_MGMT_BODY_FRAME_H

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
 * An IEEE 802.11 management frame whose body is kept as octets (IEEE 802.11-2020 9.3.3.1):
 * Frame Control, Duration, Address 1 to 3, Sequence Control, then the body, no FCS. The
 * lightweight AP and the controller tunnel the frames that the 802.11r exchange adds this way
 * (Authentication from and to the station, and the controller's Reassociation Response
 * elements), in the CAPWAP data channel as native frames; the body's own decoders
 * (FtAuthenticationFrame, the element parsers) read it.
 */
class Dot11MgmtBodyFrame
{
  public:
    static constexpr uint8_t SUBTYPE_ASSOC_REQUEST = 0;    //!< Association Request
    static constexpr uint8_t SUBTYPE_ASSOC_RESPONSE = 1;   //!< Association Response
    static constexpr uint8_t SUBTYPE_REASSOC_REQUEST = 2;  //!< Reassociation Request
    static constexpr uint8_t SUBTYPE_REASSOC_RESPONSE = 3; //!< Reassociation Response
    static constexpr uint8_t SUBTYPE_PROBE_REQUEST = 4;    //!< Probe Request
    static constexpr uint8_t SUBTYPE_PROBE_RESPONSE = 5;   //!< Probe Response
    static constexpr uint8_t SUBTYPE_BEACON = 8;           //!< Beacon
    static constexpr uint8_t SUBTYPE_AUTHENTICATION = 11;  //!< Authentication
    static constexpr std::size_t HEADER_SIZE = 24;         //!< management MAC header
    static constexpr std::size_t MAX_BODY_SIZE = 2304;     //!< largest MSDU body

    Dot11MgmtBodyFrame() = default;
    /**
     * \param subtype the management subtype
     * \param destination Address 1 \param source Address 2 \param bssid Address 3
     * \param body the frame body
     */
    Dot11MgmtBodyFrame(uint8_t subtype,
                       Mac48Address destination,
                       Mac48Address source,
                       Mac48Address bssid,
                       std::vector<uint8_t> body);

    /**
     * Write the frame.
     * \param writer where \param swapFrameControl Cisco CAPWAP byte order of Frame Control
     */
    void Encode(ByteWriter& writer, bool swapFrameControl) const;
    /// \param swapFrameControl as for Encode \return the encoded frame
    std::vector<uint8_t> Encode(bool swapFrameControl) const;
    /**
     * Read a management frame (bounds-checked; never asserts).
     * \param frame the octets, no FCS \param swapFrameControl as for Encode
     * \param out the frame \param why on failure, the reason
     * \return false for a frame shorter than the header, not of type management, or with a
     *         body over MAX_BODY_SIZE
     */
    static bool Decode(const std::vector<uint8_t>& frame,
                       bool swapFrameControl,
                       Dot11MgmtBodyFrame& out,
                       std::string& why);

    /**
     * Find an element in a run of elements (bounds-checked; a truncated element ends the scan).
     * \param elements the elements \param id the Element ID
     * \return the first element with that ID as carried (Element ID, Length, body), or empty
     */
    static std::vector<uint8_t> FindElement(const std::vector<uint8_t>& elements, uint8_t id);
    /**
     * Check that octets are a run of whole elements (Element ID, Length, Length octets), with
     * no element cut short and nothing left over.
     * \param elements the octets \param why on failure, the reason
     * \return true for a well-formed run (an empty one included)
     */
    static bool CheckElements(const std::vector<uint8_t>& elements, std::string& why);
    /**
     * The fixed fields before the elements of a management frame body (IEEE 802.11-2020
     * 9.3.3): 4 octets for an Association Request, 10 for a Reassociation Request, 6 for a
     * (Re)Association Response or an Authentication frame, 12 for a Probe Response or Beacon.
     * \param subtype the management subtype \return their size (0 for a Probe Request)
     */
    static std::size_t FixedFieldsSize(uint8_t subtype);
    /**
     * \param subtype the management subtype \param body a frame body
     * \param elements set to the octets after the fixed fields
     * \return false (elements empty) if the body is shorter than its fixed fields
     */
    static bool ElementsOf(uint8_t subtype,
                           const std::vector<uint8_t>& body,
                           std::vector<uint8_t>& elements);

    /// \return the subtype
    uint8_t GetSubtype() const;
    /// \return Address 1
    Mac48Address GetDestination() const;
    /// \return Address 2
    Mac48Address GetSource() const;
    /// \return Address 3
    Mac48Address GetBssid() const;
    /// \return the sequence number
    uint16_t GetSequenceNumber() const;
    /// \param sequence the sequence number (12 bits)
    void SetSequenceNumber(uint16_t sequence);
    /// \return the body
    const std::vector<uint8_t>& GetBody() const;

  private:
    Dot11FrameControl m_frameControl{0, Dot11FrameControl::TYPE_MANAGEMENT}; //!< Frame Control
    uint16_t m_duration{0};                                                  //!< Duration
    Mac48Address m_destination;                                              //!< Address 1
    Mac48Address m_source;                                                   //!< Address 2
    Mac48Address m_bssid;                                                    //!< Address 3
    uint16_t m_sequence{0};                                                  //!< sequence number
    std::vector<uint8_t> m_body;                                             //!< the body
};

} // namespace ns3

#endif /* WLC_DOT11_MGMT_BODY_FRAME_H */
