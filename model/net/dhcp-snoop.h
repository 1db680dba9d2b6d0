/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_DHCP_SNOOP_H
#define WLC_DHCP_SNOOP_H

#include "ns3/byte-reader.h"
#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * DHCP message types (option 53, RFC 2132 9.6).
 */
enum class DhcpMessageType : uint8_t
{
    DISCOVER = 1, //!< DHCPDISCOVER
    OFFER = 2,    //!< DHCPOFFER
    REQUEST = 3,  //!< DHCPREQUEST
    DECLINE = 4,  //!< DHCPDECLINE
    ACK = 5,      //!< DHCPACK
    NAK = 6,      //!< DHCPNAK
    RELEASE = 7,  //!< DHCPRELEASE
    INFORM = 8,   //!< DHCPINFORM
};

/// \param type a message type \return "DISCOVER", "OFFER", ... "INFORM"
std::string DhcpMessageTypeName(DhcpMessageType type);

/**
 * \ingroup wlc
 * What DhcpSnoop finds in a BOOTP/DHCP message (RFC 951, RFC 2131, RFC 2132).
 */
struct DhcpSnoopMessage
{
    Ipv4Address ipSource;        //!< IPv4 source address
    Ipv4Address ipDestination;   //!< IPv4 destination address
    uint16_t sourcePort{0};      //!< UDP source port (67 or 68)
    uint16_t destinationPort{0}; //!< UDP destination port (67 or 68)

    uint8_t op{0};    //!< 1 BOOTREQUEST, 2 BOOTREPLY
    uint8_t htype{0}; //!< hardware type, 1 for Ethernet
    uint8_t hlen{0};  //!< hardware address length, 6 for Ethernet
    uint8_t hops{0};  //!< relay hops
    /**
     * Transaction ID, read in network byte order. ns-3's DhcpHeader (3.37 to 3.48) writes its
     * transaction ID least significant byte first, so this is GetTran() byte-swapped; both
     * sides of an exchange carry the same four bytes, so matching on it works either way.
     */
    uint32_t xid{0};
    uint16_t secs{0};                 //!< seconds elapsed
    uint16_t flags{0};                //!< flags; bit 15 is the broadcast flag
    Ipv4Address ciaddr;               //!< client address
    Ipv4Address yiaddr;               //!< "your" (offered or assigned) address
    Ipv4Address siaddr;               //!< next server address
    Ipv4Address giaddr;               //!< relay agent address
    std::array<uint8_t, 16> chaddr{}; //!< client hardware address field as carried
    bool hasClientMac{false};         //!< true when htype is 1 (Ethernet)
    Mac48Address clientMac;           //!< the first 6 octets of chaddr, when hasClientMac

    std::optional<DhcpMessageType> messageType;  //!< option 53; absent for plain BOOTP
    std::optional<Ipv4Address> requestedAddress; //!< option 50
    std::optional<Ipv4Address> serverIdentifier; //!< option 54
    std::optional<uint32_t> leaseTime;           //!< option 51, seconds
    std::optional<Ipv4Mask> subnetMask;          //!< option 1
    std::vector<Ipv4Address> routers;            //!< option 3, in order (empty if absent)
    std::optional<std::string> hostName;         //!< option 12, as carried
    /**
     * Bytes after the End option (padding). ns-3's DhcpClient puts 4 non-zero bytes there in
     * the REQUEST that renews a lease (its address, in host byte order).
     */
    std::size_t trailingBytes{0};

    /// \return true if the broadcast flag is set
    bool IsBroadcast() const;
};

/**
 * \ingroup wlc
 * A controller's DHCP snooper: recognises a UDP BOOTP/DHCP message in the bytes of an IPv4
 * packet (the payload of an EtherType 0x0800 frame) and extracts what the controller needs
 * (client MAC, transaction, message type, offered/requested address, server, lease).
 *
 * Checks: IPv4 version 4, IHL >= 5, total length within the bytes (trailing Ethernet padding is
 * ignored), protocol 17, not a fragment, header checksum when non-zero (ns-3 writes 0 unless
 * checksums are enabled); UDP ports 67/68 consistent with the BOOTP op (request to 67, reply
 * from 67), UDP length equal to the IP payload, UDP checksum when non-zero; BOOTP op 1 or 2,
 * hlen 6 for Ethernet (16 tolerated when octets 6-15 of chaddr are zero), a unicast client MAC,
 * the magic cookie 99.130.83.99; options up to End (255), Pad (0) skipped, every option within
 * the bytes, the options above with their RFC 2132 lengths and at most once, option 53 in 1-8
 * and consistent with the op. Option Overload (52) is not followed: sname and file are skipped.
 */
class DhcpSnoop
{
  public:
    static constexpr uint16_t SERVER_PORT = 67; //!< BOOTP server port
    static constexpr uint16_t CLIENT_PORT = 68; //!< BOOTP client port
    /// Size of the fixed BOOTP fields and the magic cookie.
    static constexpr std::size_t BOOTP_FIXED_SIZE = 240;

    /**
     * Parse an IPv4 packet.
     * \param ipv4Packet the packet, from its IPv4 header on; read to its end
     * \param message what was found (unspecified on failure)
     * \param why on failure, a short reason
     * \return true for a well-formed UDP BOOTP/DHCP message
     */
    static bool Parse(ByteReader& ipv4Packet, DhcpSnoopMessage& message, std::string& why);
    /**
     * Parse an IPv4 packet.
     * \param ipv4Packet the packet, from its IPv4 header on
     * \param why if not null, the reason on failure
     * \return the message, or nothing if the bytes are not a well-formed BOOTP/DHCP message
     */
    static std::optional<DhcpSnoopMessage> Parse(const std::vector<uint8_t>& ipv4Packet,
                                                 std::string* why = nullptr);
};

} // namespace ns3

#endif /* WLC_DHCP_SNOOP_H */
