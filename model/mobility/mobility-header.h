/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_MOBILITY_HEADER_H
#define WLC_MOBILITY_HEADER_H

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

/**
 * \file
 * \ingroup wlc
 * The common header of the inter-controller mobility protocol, its message types and the
 * mobility group id.
 *
 * The protocol reproduces what the `debug mobility handoff` logs of a Cisco AireOS controller
 * show (UDP port 16666, "type: 3(MobileAnnounce) subtype: 0 version: 1 xid: 25 seq: 101 len 116
 * flags 0", group id, mobile MAC/IP/instance, VLAN IP/netmask). No public specification of it
 * exists: the byte layout is ours and is given, field by field, in mobility-message.h and in
 * doc/wireshark/wlc-mobility.lua. All integers are in network byte order.
 *
 * Common header (56 bytes), at the start of every message:
 *
 *     0 type (u8)          1 subtype (u8, 0)     2 version (u8, 1)     3 flags (u8)
 *     4 xid (u32)          8 sequence (u32)     12 length (u16)       14 reserved (u16)
 *    16 group id (16)     32 mobile MAC (6)     38 reserved (u16)
 *    40 mobile IP (u32)   44 instance (u32)     48 sender VLAN IP (u32)
 *    52 sender VLAN netmask (u32)
 */

namespace ns3
{

/// Numbers of the inter-controller mobility protocol.
namespace mobility
{
constexpr uint16_t UDP_PORT = 16666;      //!< UDP port of the mobility messages (both ends)
constexpr uint8_t VERSION = 1;            //!< the only version
constexpr std::size_t HEADER_SIZE = 56;   //!< size of the common header
constexpr std::size_t GROUP_ID_SIZE = 16; //!< size of a group id

/// \name Client PEM (policy manager) states, with the numbers a Cisco controller prints
/// (the same numbers as ns3::PemState)
/// \{
constexpr uint8_t PEM_START = 0;          //!< START
constexpr uint8_t PEM_AUTHCHECK = 2;      //!< AUTHCHECK
constexpr uint8_t PEM_8021X_REQD = 3;     //!< 8021X_REQD
constexpr uint8_t PEM_L2AUTHCOMPLETE = 4; //!< L2AUTHCOMPLETE
constexpr uint8_t PEM_DHCP_REQD = 7;      //!< DHCP_REQD
constexpr uint8_t PEM_RUN = 20;           //!< RUN
/// \}

/// \param state a PEM state number \return true if it is one of the PEM_* values
bool IsPemState(uint8_t state);
/// \param state a PEM state number \return "RUN", "L2AUTHCOMPLETE", ... or "Unknown(n)"
std::string PemStateText(uint8_t state);
/// \param mask a netmask in host order \return true if its one bits are contiguous from the top
bool IsContiguousMask(uint32_t mask);
} // namespace mobility

/**
 * \ingroup wlc
 * Mobility message types (the type byte of the common header), numbered as the Cisco log prints
 * them ("type: 3(MobileAnnounce)").
 */
enum class MobilityMessageType : uint8_t
{
    MOBILE_ANNOUNCE = 3,          //!< MobileAnnounce: "who has this client?", 116 bytes
    MOBILE_HANDOFF = 5,           //!< MobileHandoff: the whole client context, 546 bytes
    MOBILE_HANDOFF_ACK = 6,       //!< MobileHandoffAck, 64 bytes
    MOBILE_ANCHOR_UPDATE = 8,     //!< MobileAnchorUpdate: new foreign to anchor, 72 bytes
    MOBILE_ANCHOR_UPDATE_ACK = 9, //!< MobileAnchorUpdateAck, 64 bytes
    MOBILE_KEEP_ALIVE = 10,       //!< MobileKeepAlive: member liveness, 68 bytes
    MOBILE_KEEP_ALIVE_ACK = 11,   //!< MobileKeepAliveAck, 68 bytes
    MOBILE_CLIENT_DELETE = 12,    //!< MobileClientDelete: drop a client, 64 bytes
    MOBILE_PMK_UPDATE = 13,       //!< MobilePmkUpdate: a client's 802.1X PMK, 172 bytes
    MOBILE_FT_KEY_UPDATE = 14,    //!< MobileFtKeyUpdate: a client's 802.11r PMK-R0, 176 bytes
};

/**
 * \param type a type byte
 * \return "MobileAnnounce", "MobileHandoff", "MobileHandoffAck", "MobileAnchorUpdate",
 *         "MobileAnchorUpdateAck", "MobileKeepAlive", "MobileKeepAliveAck",
 *         "MobileClientDelete", "MobilePmkUpdate", "MobileFtKeyUpdate", or "Unknown" for any
 *         other value
 */
std::string MobilityMessageTypeName(uint8_t type);

/**
 * \param type a type byte
 * \return the total size of a message of that type (header included), or 0 if the type is
 *         unknown
 */
std::size_t MobilityMessageSize(uint8_t type);

/// A mobility group id: 16 bytes, the same on every member of a mobility group.
using MobilityGroupId = std::array<uint8_t, mobility::GROUP_ID_SIZE>;

/**
 * Derive the group id of a mobility group from its name: the first 16 bytes of SHA-1(name)
 * (FIPS 180-4, the name's bytes without terminator), computed with OpenSSL's EVP SHA-1.
 * \param name the mobility group name (any bytes, may be empty)
 * \return the group id
 */
MobilityGroupId MobilityGroupIdFromName(const std::string& name);

/**
 * \param id a group id
 * \return it as 32 lower-case hex digits, for example "d7f8a4f2cb038b78641818bba26869b4"
 */
std::string FormatMobilityGroupId(const MobilityGroupId& id);

/**
 * Parse a group id written as 32 hex digits (either case). Spaces between the digits are
 * ignored, so the log form "d7f8a4f2 cb038b78 641818bb a26869b4" is accepted too.
 * \param text the digits
 * \param id the group id (unchanged on failure)
 * \param why on failure, the reason
 * \return true if \p text holds exactly 32 hex digits and nothing but spaces besides
 */
bool ParseMobilityGroupId(const std::string& text, MobilityGroupId& id, std::string& why);

/**
 * \ingroup wlc
 * The fields of the common header that a sender chooses. The length field is not stored: the
 * encoder writes the size of the message and the decoder checks that it equals the datagram
 * size (MobilityMessage::GetSerializedSize() gives it).
 */
struct MobilityHeader
{
    /// Type byte; the MobilityMessage factories set it from the body and Decode fills it.
    MobilityMessageType type{MobilityMessageType::MOBILE_KEEP_ALIVE};
    uint8_t subtype{0};                 //!< subtype, 0 (any value is kept on decode)
    uint8_t version{mobility::VERSION}; //!< version, must be 1
    uint8_t flags{0};                   //!< flags (any value is kept on decode)
    uint32_t xid{0};           //!< transaction id: chosen by the starter, copied into every reply
    uint32_t sequence{0};      //!< per sender, incremented for every message it sends
    MobilityGroupId groupId{}; //!< the sender's mobility group id
    Mac48Address mobileMac;    //!< the client the message is about
    Ipv4Address mobileIp{uint32_t(0)};      //!< the client's IP address, 0.0.0.0 when unknown
    uint32_t instance{0};                   //!< instance (0)
    Ipv4Address vlanIp{uint32_t(0)};        //!< the sender's IP address on the client's VLAN
    Ipv4Mask vlanMask{Ipv4Mask::GetZero()}; //!< the netmask of that VLAN interface (contiguous)

    /**
     * Append the 56-byte header image.
     * \param writer where to write
     * \param length the value of the length field (the size of the whole message)
     */
    void Write(ByteWriter& writer, uint16_t length) const;
    /**
     * Read the 56-byte header. It checks the fields of the header alone, not the length field
     * (MobilityMessage::Decode compares it with the datagram and with the type's size).
     * \param reader where to read
     * \param header the result (partly filled on failure)
     * \param length the length field
     * \param why on failure, the reason
     * \return false if fewer than 56 bytes are left, the version is not 1, the type is unknown
     *         or the netmask is not contiguous
     */
    static bool Read(ByteReader& reader,
                     MobilityHeader& header,
                     uint16_t& length,
                     std::string& why);
};

} // namespace ns3

#endif /* WLC_MOBILITY_HEADER_H */
