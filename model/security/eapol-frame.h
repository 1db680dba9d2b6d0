/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_EAPOL_FRAME_H
#define WLC_EAPOL_FRAME_H

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * An EAPOL PDU (IEEE 802.1X-2004 7.5): Protocol Version (1 octet), Packet Type (1),
 * Packet Body Length (2, big endian), Packet Body. Carried as the payload of EtherType
 * 0x888E (LLC/SNAP AA-AA-03-00-00-00-88-8E on 802.11).
 *
 * Decode accepts protocol versions 1 (802.1X-2001) and 2 (802.1X-2004) and packet types 0-3,
 * requires the body length to fit in the bytes, and ignores octets after the body (Ethernet
 * padding, 802.1X-2004 7.5.5), counting them in GetTrailingBytes().
 */
class EapolFrame
{
  public:
    /// The EtherType of EAPOL (Port Access Entity).
    static constexpr uint16_t ETHER_TYPE = 0x888E;
    /// Size of the EAPOL header.
    static constexpr std::size_t HEADER_SIZE = 4;
    /// Protocol version of IEEE 802.1X-2001.
    static constexpr uint8_t VERSION_2001 = 1;
    /// Protocol version of IEEE 802.1X-2004.
    static constexpr uint8_t VERSION_2004 = 2;

    /// EAPOL packet types handled.
    enum PacketType : uint8_t
    {
        EAP_PACKET = 0,   //!< EAP-Packet
        EAPOL_START = 1,  //!< EAPOL-Start
        EAPOL_LOGOFF = 2, //!< EAPOL-Logoff
        EAPOL_KEY = 3,    //!< EAPOL-Key
    };

    /// An EAPOL-Key frame of version 2 with an empty body.
    EapolFrame();
    /**
     * \param version the protocol version (1 or 2)
     * \param type the packet type
     * \param body the packet body
     */
    EapolFrame(uint8_t version, uint8_t type, const std::vector<uint8_t>& body);

    /// \return the protocol version
    uint8_t GetProtocolVersion() const;
    /// \param version the protocol version (1 or 2)
    void SetProtocolVersion(uint8_t version);
    /// \return the packet type
    uint8_t GetPacketType() const;
    /// \param type the packet type
    void SetPacketType(uint8_t type);
    /// \return the packet body
    const std::vector<uint8_t>& GetBody() const;
    /// \param body the packet body (at most 65535 bytes)
    void SetBody(const std::vector<uint8_t>& body);
    /// \return the number of octets after the body that Decode ignored
    std::size_t GetTrailingBytes() const;

    /// \param writer where to write the header and the body
    void Encode(ByteWriter& writer) const;
    /// \return the header and the body
    std::vector<uint8_t> Encode() const;
    /**
     * Read an EAPOL PDU.
     * \param reader the bytes; everything is consumed (octets after the body are ignored)
     * \param frame the frame read (unspecified on failure)
     * \param why on failure, a short reason
     * \return true for a well-formed EAPOL PDU of version 1 or 2 and type 0-3
     */
    static bool Decode(ByteReader& reader, EapolFrame& frame, std::string& why);
    /**
     * Read an EAPOL PDU from a byte vector.
     * \param bytes the bytes
     * \param frame the frame read (unspecified on failure)
     * \param why on failure, a short reason
     * \return true on success
     */
    static bool Decode(const std::vector<uint8_t>& bytes, EapolFrame& frame, std::string& why);
    /// \param type a packet type \return its name ("EAPOL-Key", ...)
    static std::string PacketTypeName(uint8_t type);

  private:
    uint8_t m_version;           //!< Protocol Version
    uint8_t m_type;              //!< Packet Type
    std::vector<uint8_t> m_body; //!< Packet Body
    std::size_t m_trailing;      //!< octets after the body ignored by Decode
};

} // namespace ns3

#endif /* WLC_EAPOL_FRAME_H */
