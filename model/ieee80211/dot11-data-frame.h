/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_DOT11_DATA_FRAME_H
#define WLC_DOT11_DATA_FRAME_H

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
 * The IEEE 802.11 Frame Control field (IEEE 802.11-2020 9.2.4.1).
 *
 * On the air the field is two octets: octet 0 holds protocol version (bits 0-1), type
 * (bits 2-3) and subtype (bits 4-7); octet 1 holds the flags To DS (bit 0), From DS, More
 * Fragments, Retry, Power Management, More Data, Protected and +HTC/Order (bit 7).
 * Cisco lightweight APs carry the two octets swapped inside CAPWAP (RFC 5416 "native" frames);
 * Wireshark's CAPWAP dissector assumes so by default (preference capwap.swap_fc, TRUE in 4.0).
 */
struct Dot11FrameControl
{
    /// Frame types (bits 2-3 of octet 0).
    enum Type : uint8_t
    {
        TYPE_MANAGEMENT = 0, //!< management frame
        TYPE_CONTROL = 1,    //!< control frame
        TYPE_DATA = 2,       //!< data frame
        TYPE_EXTENSION = 3,  //!< extension frame
    };

    uint8_t protocolVersion{0};  //!< protocol version, 0
    uint8_t type{TYPE_DATA};     //!< frame type, see Type
    uint8_t subtype{0};          //!< subtype, 0-15
    bool toDs{false};            //!< To DS
    bool fromDs{false};          //!< From DS
    bool moreFragments{false};   //!< More Fragments
    bool retry{false};           //!< Retry
    bool powerManagement{false}; //!< Power Management
    bool moreData{false};        //!< More Data
    bool isProtected{false};     //!< Protected Frame (the body is encrypted)
    bool order{false};           //!< +HTC/Order

    /**
     * Write the two octets.
     * \param writer where to write
     * \param swap true to write the flags octet first (Cisco CAPWAP byte order)
     */
    void Encode(ByteWriter& writer, bool swap) const;
    /**
     * Read the two octets.
     * \param reader where to read
     * \param swap true if the flags octet comes first (Cisco CAPWAP byte order)
     * \return false if fewer than two bytes are left
     */
    bool Decode(ByteReader& reader, bool swap);
    /**
     * Read the Frame Control at the start of a frame without consuming it, to dispatch a frame
     * to the data or the management decoder.
     * \param reader the frame (not advanced)
     * \param swap true if the flags octet comes first
     * \param frameControl the field read
     * \return false if fewer than two bytes are left
     */
    static bool Peek(const ByteReader& reader, bool swap, Dot11FrameControl& frameControl);
};

/**
 * \ingroup wlc
 * An IEEE 802.11 data frame as a CAPWAP AP and its controller exchange it (RFC 5416 native
 * frame format, no FCS): MAC header with three addresses, optional QoS Control and HT Control,
 * then an LLC/SNAP header (AA AA 03, OUI 00 00 00 RFC 1042 or 00 00 F8 802.1H bridge tunnel)
 * with the EtherType, then the MSDU.
 *
 * Multi-byte 802.11 fields (Duration, Sequence Control, QoS Control, HT Control) are little
 * endian; the EtherType after the SNAP header is big endian. Only Data (subtype 0) and QoS Data
 * (subtype 8) are supported; frames with both To DS and From DS (four addresses), protected
 * frames, A-MSDUs and fragments are rejected by Decode.
 */
class Dot11DataFrame
{
  public:
    /// Data frame subtypes handled.
    enum Subtype : uint8_t
    {
        SUBTYPE_DATA = 0,     //!< Data
        SUBTYPE_QOS_DATA = 8, //!< QoS Data
    };

    /// RFC 1042 SNAP OUI (00 00 00), the usual encapsulation of Ethernet frames.
    static constexpr uint32_t OUI_RFC1042 = 0x000000;
    /// 802.1H bridge-tunnel OUI (00 00 F8), used for the EtherTypes 0x80F3 (AARP) and 0x8137 (IPX).
    static constexpr uint32_t OUI_BRIDGE_TUNNEL = 0x0000f8;
    /// Size of the MAC header of a Data frame with three addresses.
    static constexpr std::size_t HEADER_SIZE = 24;
    /// Size of the LLC/SNAP header with the EtherType.
    static constexpr std::size_t LLC_SNAP_SIZE = 8;

    /// A Data frame (not QoS) with all fields zero.
    Dot11DataFrame();

    /**
     * A frame from a station to the distribution system (To DS = 1):
     * Address 1 = BSSID, Address 2 = SA, Address 3 = DA.
     * \param bssid the BSSID
     * \param source the station sending the MSDU
     * \param destination the final destination of the MSDU
     * \param etherType the EtherType of the MSDU
     * \param payload the MSDU (the Ethernet payload)
     * \return the frame, a Data frame unless SetQos() is called
     */
    static Dot11DataFrame MakeUplink(Mac48Address bssid,
                                     Mac48Address source,
                                     Mac48Address destination,
                                     uint16_t etherType,
                                     const std::vector<uint8_t>& payload);
    /**
     * A frame from the distribution system to a station (From DS = 1):
     * Address 1 = DA, Address 2 = BSSID, Address 3 = SA.
     * \param bssid the BSSID
     * \param source the original source of the MSDU
     * \param destination the station receiving the MSDU
     * \param etherType the EtherType of the MSDU
     * \param payload the MSDU
     * \return the frame
     */
    static Dot11DataFrame MakeDownlink(Mac48Address bssid,
                                       Mac48Address source,
                                       Mac48Address destination,
                                       uint16_t etherType,
                                       const std::vector<uint8_t>& payload);

    /**
     * Write the frame: MAC header, QoS Control (QoS Data), HT Control (QoS Data with +HTC),
     * LLC/SNAP, payload.
     * \param writer where to write
     * \param swapFrameControl true to write the Frame Control octets swapped (Cisco)
     */
    void Encode(ByteWriter& writer, bool swapFrameControl) const;
    /**
     * Read a frame; it extends to the end of \p reader (802.11 has no length field, so the MSDU
     * is whatever follows the LLC/SNAP header).
     * \param reader the frame
     * \param swapFrameControl true if the Frame Control octets are swapped (Cisco)
     * \param frame the frame read (unspecified on failure)
     * \param why on failure, a short reason
     * \return true if the frame is a supported, well-formed data frame
     */
    static bool Decode(ByteReader& reader,
                       bool swapFrameControl,
                       Dot11DataFrame& frame,
                       std::string& why);

    /// \return the Frame Control field
    const Dot11FrameControl& GetFrameControl() const;
    /// \param frameControl the Frame Control field (type should stay TYPE_DATA)
    void SetFrameControl(const Dot11FrameControl& frameControl);
    /// \return true for a QoS Data frame (subtype 8)
    bool IsQos() const;
    /**
     * Make the frame a QoS Data frame with this QoS Control field, or a Data frame.
     * \param qos true for QoS Data
     * \param qosControl the QoS Control field (TID in bits 0-3), when \p qos
     */
    void SetQos(bool qos, uint16_t qosControl = 0);
    /// \return the QoS Control field (0 unless IsQos())
    uint16_t GetQosControl() const;
    /// \return the TID, bits 0-3 of QoS Control (0 unless IsQos())
    uint8_t GetTid() const;
    /// \return true when the HT Control field is present (QoS Data with +HTC/Order)
    bool HasHtControl() const;
    /// \return the HT Control field (0 if absent)
    uint32_t GetHtControl() const;
    /// \param htControl the HT Control field; sets +HTC/Order; only written for QoS Data
    void SetHtControl(uint32_t htControl);

    /// \return the Duration/ID field
    uint16_t GetDuration() const;
    /// \param duration the Duration/ID field
    void SetDuration(uint16_t duration);
    /// \return the sequence number (12 bits)
    uint16_t GetSequenceNumber() const;
    /// \param sequence the sequence number (the low 12 bits are kept)
    void SetSequenceNumber(uint16_t sequence);
    /// \return the fragment number (4 bits)
    uint8_t GetFragmentNumber() const;
    /// \param fragment the fragment number (the low 4 bits are kept)
    void SetFragmentNumber(uint8_t fragment);

    /// \return Address 1 (receiver)
    Mac48Address GetAddress1() const;
    /// \return Address 2 (transmitter)
    Mac48Address GetAddress2() const;
    /// \return Address 3
    Mac48Address GetAddress3() const;
    /**
     * Set the three addresses as they appear in the header.
     * \param addr1 Address 1
     * \param addr2 Address 2
     * \param addr3 Address 3
     */
    void SetAddresses(Mac48Address addr1, Mac48Address addr2, Mac48Address addr3);
    /// \return the source address (SA), following the DS bits
    Mac48Address GetSource() const;
    /// \return the destination address (DA), following the DS bits
    Mac48Address GetDestination() const;
    /// \return the BSSID, following the DS bits
    Mac48Address GetBssid() const;

    /// \return the SNAP OUI (OUI_RFC1042 or OUI_BRIDGE_TUNNEL)
    uint32_t GetSnapOui() const;
    /// \param oui OUI_RFC1042 or OUI_BRIDGE_TUNNEL
    void SetSnapOui(uint32_t oui);
    /// \return the EtherType of the MSDU
    uint16_t GetEtherType() const;
    /// \param etherType the EtherType of the MSDU
    void SetEtherType(uint16_t etherType);
    /// \return the MSDU
    const std::vector<uint8_t>& GetPayload() const;
    /// \param payload the MSDU
    void SetPayload(const std::vector<uint8_t>& payload);

  private:
    Dot11FrameControl m_frameControl; //!< Frame Control
    uint16_t m_duration;              //!< Duration/ID
    Mac48Address m_addr1;             //!< Address 1
    Mac48Address m_addr2;             //!< Address 2
    Mac48Address m_addr3;             //!< Address 3
    uint16_t m_sequenceNumber;        //!< sequence number, 12 bits
    uint8_t m_fragmentNumber;         //!< fragment number, 4 bits
    uint16_t m_qosControl;            //!< QoS Control (QoS Data only)
    uint32_t m_htControl;             //!< HT Control (QoS Data with +HTC only)
    uint32_t m_snapOui;               //!< SNAP OUI
    uint16_t m_etherType;             //!< EtherType
    std::vector<uint8_t> m_payload;   //!< MSDU
};

} // namespace ns3

#endif /* WLC_DOT11_DATA_FRAME_H */
