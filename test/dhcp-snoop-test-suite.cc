/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "ns3/boolean.h"
#include "ns3/csma-helper.h"
#include "ns3/dhcp-helper.h"
#include "ns3/dhcp-snoop.h"
#include "ns3/global-value.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <random>

/**
 * \file
 * \ingroup wlc-tests
 * DhcpSnoop: hand-written RFC 2131 messages with every option the snooper reads, messages
 * captured from ns-3.37's DhcpClient and DhcpServer, a live ns-3 DHCP exchange (checksums off
 * and on), truncation, corrupted fields, option overruns and random byte flips.
 */

namespace ns3
{
namespace
{

/*
 * Every image below is an IPv4 packet: the first 72 bytes (IPv4 header, UDP header, BOOTP
 * fields op..chaddr) are written out, then come the 192 zero bytes of sname and file, then the
 * bytes written out in the "Tail" array (magic cookie, options, padding). Offsets in the whole
 * image: IPv4 0-19, UDP 20-27, op 28, htype 29, hlen 30, hops 31, xid 32-35, secs 36-37,
 * flags 38-39, ciaddr 40, yiaddr 44, siaddr 48, giaddr 52, chaddr 56-71, sname 72, file 136,
 * magic cookie 264-267, options from 268.
 */

/// DHCPDISCOVER (RFC 2131 4.4.1) broadcast by client 00:0c:29:3e:53:f7, real checksums.
const std::vector<uint8_t> kDiscoverHead = {
    0x45, 0x00, 0x01, 0x48,             // IPv4, IHL 5, total length 328
    0x00, 0x01, 0x00, 0x00,             // identification 1, no flags, offset 0
    0x80, 0x11, 0x39, 0xa5,             // TTL 128, UDP, header checksum
    0x00, 0x00, 0x00, 0x00,             // source 0.0.0.0
    0xff, 0xff, 0xff, 0xff,             // destination 255.255.255.255
    0x00, 0x44, 0x00, 0x43,             // UDP 68 -> 67
    0x01, 0x34, 0xc4, 0xa0,             // UDP length 308, checksum
    0x01, 0x01, 0x06, 0x00,             // BOOTREQUEST, Ethernet, hlen 6, hops 0
    0x39, 0x03, 0xf3, 0x26,             // xid
    0x00, 0x00, 0x80, 0x00,             // secs 0, flags: broadcast
    0x00, 0x00, 0x00, 0x00,             // ciaddr
    0x00, 0x00, 0x00, 0x00,             // yiaddr
    0x00, 0x00, 0x00, 0x00,             // siaddr
    0x00, 0x00, 0x00, 0x00,             // giaddr
    0x00, 0x0c, 0x29, 0x3e, 0x53, 0xf7, // chaddr: MAC
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // chaddr padding
};
/// Options of kDiscoverHead: 53, 50, 12, then 55 and 61 (skipped), End, padding to 300 bytes.
const std::vector<uint8_t> kDiscoverTail = {
    0x63, 0x82, 0x53, 0x63,                               // magic cookie
    0x35, 0x01, 0x01,                                     // 53: DHCPDISCOVER
    0x32, 0x04, 0xc0, 0xa8, 0x01, 0x64,                   // 50: requested 192.168.1.100
    0x0c, 0x06, 'l',  'a',  'p',  't',  'o',  'p',        // 12: host name "laptop"
    0x37, 0x04, 0x01, 0x03, 0x06, 0x33,                   // 55: parameter request list
    0x3d, 0x07, 0x01, 0x00, 0x0c, 0x29, 0x3e, 0x53, 0xf7, // 61: client identifier
    0xff,                                                 // End
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding
};

/// DHCPOFFER (RFC 2131 4.3.1) of 192.168.1.100 by server 192.168.1.1, real checksums.
const std::vector<uint8_t> kOfferHead = {
    0x45, 0x00, 0x01, 0x48,             // IPv4, total length 328
    0x00, 0x02, 0x00, 0x00,             // identification 2
    0x40, 0x11, 0xb7, 0xfa,             // TTL 64, UDP, header checksum
    0xc0, 0xa8, 0x01, 0x01,             // source 192.168.1.1
    0xff, 0xff, 0xff, 0xff,             // destination broadcast
    0x00, 0x43, 0x00, 0x44,             // UDP 67 -> 68
    0x01, 0x34, 0xda, 0x71,             // UDP length 308, checksum
    0x02, 0x01, 0x06, 0x00,             // BOOTREPLY, Ethernet, hlen 6, hops 0
    0x39, 0x03, 0xf3, 0x26,             // xid
    0x00, 0x00, 0x80, 0x00,             // secs, flags: broadcast
    0x00, 0x00, 0x00, 0x00,             // ciaddr
    0xc0, 0xa8, 0x01, 0x64,             // yiaddr 192.168.1.100
    0xc0, 0xa8, 0x01, 0x01,             // siaddr 192.168.1.1
    0x00, 0x00, 0x00, 0x00,             // giaddr
    0x00, 0x0c, 0x29, 0x3e, 0x53, 0xf7, // chaddr
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
};
/// Options of kOfferHead: 53, 54, 51, 1, a Pad, 3 with two routers, End, padding.
const std::vector<uint8_t> kOfferTail = {
    0x63, 0x82, 0x53, 0x63,                                     // magic cookie
    0x35, 0x01, 0x02,                                           // 53: DHCPOFFER
    0x36, 0x04, 0xc0, 0xa8, 0x01, 0x01,                         // 54: server 192.168.1.1
    0x33, 0x04, 0x00, 0x01, 0x51, 0x80,                         // 51: lease 86400 s
    0x01, 0x04, 0xff, 0xff, 0xff, 0x00,                         // 1: mask 255.255.255.0
    0x00,                                                       // Pad
    0x03, 0x08, 0xc0, 0xa8, 0x01, 0x01, 0xc0, 0xa8, 0x01, 0x02, // 3: routers .1 and .2
    0xff,                                                       // End
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding
};

/// DHCPREQUEST relayed (67 -> 67, RFC 1542) by 10.1.1.1, hops 1; checksums zero (not computed).
const std::vector<uint8_t> kRelayedRequestHead = {
    0x45, 0x00, 0x01, 0x1c,             // IPv4, total length 284
    0x00, 0x03, 0x00, 0x00,             // identification 3
    0x40, 0x11, 0x00, 0x00,             // TTL 64, UDP, no header checksum
    0x0a, 0x01, 0x01, 0x01,             // source 10.1.1.1 (relay)
    0xc0, 0xa8, 0x01, 0x01,             // destination 192.168.1.1 (server)
    0x00, 0x43, 0x00, 0x43,             // UDP 67 -> 67
    0x01, 0x08, 0x00, 0x00,             // UDP length 264, no checksum
    0x01, 0x01, 0x06, 0x01,             // BOOTREQUEST, Ethernet, hlen 6, hops 1
    0x39, 0x03, 0xf3, 0x26,             // xid
    0x00, 0x03, 0x00, 0x00,             // secs 3, flags 0
    0x00, 0x00, 0x00, 0x00,             // ciaddr
    0x00, 0x00, 0x00, 0x00,             // yiaddr
    0x00, 0x00, 0x00, 0x00,             // siaddr
    0x0a, 0x01, 0x01, 0x01,             // giaddr 10.1.1.1
    0x00, 0x0c, 0x29, 0x3e, 0x53, 0xf7, // chaddr
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
};
/// Options of kRelayedRequestHead: 53, 50, 54, End.
const std::vector<uint8_t> kRelayedRequestTail = {
    0x63, 0x82, 0x53, 0x63,             // magic cookie
    0x35, 0x01, 0x03,                   // 53: DHCPREQUEST
    0x32, 0x04, 0xc0, 0xa8, 0x01, 0x64, // 50: requested 192.168.1.100
    0x36, 0x04, 0xc0, 0xa8, 0x01, 0x01, // 54: server 192.168.1.1
    0xff,                               // End
};

/*
 * Messages captured from ns-3.37 (Debian libraries): DhcpClient on node 0 and DhcpServer
 * 172.30.0.12 (pool 172.30.0.10-15, gateway 172.30.0.17) on node 1 of a CSMA link, from the
 * pcap of node 0's device (Ethernet header and trailer removed). ns-3 leaves IPv4 and UDP
 * checksums zero, writes hlen 6 and chaddr = MAC + 10 zero bytes, writes the transaction ID
 * (0x00007887 here) least significant byte first, puts no padding after End, and in the
 * lease-renewing REQUEST appends 4 bytes after End (its address in host byte order).
 */

/// ns-3.37 DhcpClient's DISCOVER, sent at 1 s.
const std::vector<uint8_t> kNs3DiscoverHead = {
    0x45, 0x00, 0x01, 0x10, 0x00, 0x00, 0x00, 0x00, 0x40, 0x11, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0xff, 0xff, 0xff, 0xff, 0x00, 0x44, 0x00, 0x43, 0x00, 0xfc, 0x00, 0x00, 0x01, 0x01,
    0x06, 0x00, 0x87, 0x78, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
};
/// Options of kNs3DiscoverHead.
const std::vector<uint8_t> kNs3DiscoverTail = {
    0x63,
    0x82,
    0x53,
    0x63,
    0x35,
    0x01,
    0x01,
    0xff,
};

/// ns-3.37 DhcpServer's OFFER of 172.30.0.10.
const std::vector<uint8_t> kNs3OfferHead = {
    0x45, 0x00, 0x01, 0x34, 0x00, 0x00, 0x00, 0x00, 0x40, 0x11, 0x00, 0x00, 0xac, 0x1e, 0x00,
    0x0c, 0xff, 0xff, 0xff, 0xff, 0x00, 0x43, 0x00, 0x44, 0x01, 0x20, 0x00, 0x00, 0x02, 0x01,
    0x06, 0x00, 0x87, 0x78, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xac,
    0x1e, 0x00, 0x0a, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
};
/// Options of kNs3OfferHead: 1, 53, 54, 3, 51, 58, 59, End.
const std::vector<uint8_t> kNs3OfferTail = {
    0x63, 0x82, 0x53, 0x63, 0x01, 0x04, 0xff, 0xff, 0xff, 0x00, 0x35, 0x01, 0x02, 0x36, 0x04,
    0xac, 0x1e, 0x00, 0x0c, 0x03, 0x04, 0xac, 0x1e, 0x00, 0x11, 0x33, 0x04, 0x00, 0x00, 0x00,
    0x1e, 0x3a, 0x04, 0x00, 0x00, 0x00, 0x0f, 0x3b, 0x04, 0x00, 0x00, 0x00, 0x19, 0xff,
};

/// ns-3.37 DhcpClient's unicast REQUEST renewing its lease at 21 s (new xid).
const std::vector<uint8_t> kNs3RenewHead = {
    0x45, 0x00, 0x01, 0x1a, 0x00, 0x00, 0x00, 0x00, 0x40, 0x11, 0x00, 0x00, 0xac, 0x1e, 0x00,
    0x0a, 0xac, 0x1e, 0x00, 0x0c, 0x00, 0x44, 0x00, 0x43, 0x01, 0x06, 0x00, 0x00, 0x01, 0x01,
    0x06, 0x00, 0xb1, 0x4b, 0x01, 0x00, 0x00, 0x15, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
};
/// Options of kNs3RenewHead: 53, 50, End, then ns-3's 4 extra bytes.
const std::vector<uint8_t> kNs3RenewTail = {
    0x63,
    0x82,
    0x53,
    0x63,
    0x35,
    0x01,
    0x03,
    0x32,
    0x04,
    0xac,
    0x1e,
    0x00,
    0x0a,
    0xff,
    0x0a,
    0x00,
    0x1e,
    0xac,
};

/**
 * \param head the first 72 bytes \param tail cookie and options
 * \return head, 192 zero bytes (sname, file), tail
 */
std::vector<uint8_t>
Image(const std::vector<uint8_t>& head, const std::vector<uint8_t>& tail)
{
    std::vector<uint8_t> image = head;
    image.insert(image.end(), 192, 0);
    image.insert(image.end(), tail.begin(), tail.end());
    return image;
}

/**
 * A message with other options: the IPv4 total length and UDP length are set to fit, the
 * checksums of \p head must be zero.
 * \param head the first 72 bytes \param options the options after the magic cookie
 * \return the image
 */
std::vector<uint8_t>
WithOptions(const std::vector<uint8_t>& head, const std::vector<uint8_t>& options)
{
    std::vector<uint8_t> tail = {0x63, 0x82, 0x53, 0x63};
    tail.insert(tail.end(), options.begin(), options.end());
    std::vector<uint8_t> image = Image(head, tail);
    std::size_t total = image.size();
    image[2] = total >> 8;
    image[3] = total & 0xff;
    image[24] = (total - 20) >> 8;
    image[25] = (total - 20) & 0xff;
    return image;
}

/// \param image an IPv4 packet \param message the result \return the reason, "" on success
std::string
Parse(const std::vector<uint8_t>& image, DhcpSnoopMessage& message)
{
    ByteReader reader(image);
    std::string why;
    bool ok = DhcpSnoop::Parse(reader, message, why);
    return ok ? std::string() : (why.empty() ? std::string("failed without a reason") : why);
}

/// \param image an IPv4 packet \return the reason Parse gives, "" on success
std::string
Reason(const std::vector<uint8_t>& image)
{
    DhcpSnoopMessage message;
    return Parse(image, message);
}

/**
 * \param image an IPv4 packet \param offset the byte to change \param value its new value
 * \return the reason Parse gives
 */
std::string
Reason(std::vector<uint8_t> image, std::size_t offset, uint8_t value)
{
    image[offset] = value;
    return Reason(image);
}

/// Hand-written messages with every option the snooper reads give their fields back.
class HandWrittenTestCase : public TestCase
{
  public:
    HandWrittenTestCase()
        : TestCase("hand-written DISCOVER, OFFER and relayed REQUEST give every field back")
    {
    }

  private:
    void DoRun() override
    {
        const Mac48Address client("00:0c:29:3e:53:f7");
        DhcpSnoopMessage m;
        NS_TEST_ASSERT_MSG_EQ(Parse(Image(kDiscoverHead, kDiscoverTail), m), "", "DISCOVER");
        NS_TEST_ASSERT_MSG_EQ(m.ipSource, Ipv4Address("0.0.0.0"), "IP source");
        NS_TEST_ASSERT_MSG_EQ(m.ipDestination, Ipv4Address("255.255.255.255"), "IP destination");
        NS_TEST_ASSERT_MSG_EQ(m.sourcePort, 68, "client port");
        NS_TEST_ASSERT_MSG_EQ(m.destinationPort, 67, "server port");
        NS_TEST_ASSERT_MSG_EQ(unsigned(m.op), 1u, "BOOTREQUEST");
        NS_TEST_ASSERT_MSG_EQ(unsigned(m.htype), 1u, "Ethernet");
        NS_TEST_ASSERT_MSG_EQ(unsigned(m.hlen), 6u, "hlen");
        NS_TEST_ASSERT_MSG_EQ(m.xid, 0x3903f326u, "xid");
        NS_TEST_ASSERT_MSG_EQ(m.IsBroadcast(), true, "broadcast flag");
        NS_TEST_ASSERT_MSG_EQ(m.hasClientMac, true, "MAC present");
        NS_TEST_ASSERT_MSG_EQ(m.clientMac, client, "client MAC");
        NS_TEST_ASSERT_MSG_EQ(m.messageType.has_value(), true, "message type");
        NS_TEST_ASSERT_MSG_EQ(DhcpMessageTypeName(*m.messageType), "DISCOVER", "DISCOVER");
        NS_TEST_ASSERT_MSG_EQ(m.requestedAddress.value_or(Ipv4Address()),
                              Ipv4Address("192.168.1.100"),
                              "option 50");
        NS_TEST_ASSERT_MSG_EQ(m.hostName.value_or(""), "laptop", "option 12");
        NS_TEST_ASSERT_MSG_EQ(m.serverIdentifier.has_value(), false, "no option 54");
        NS_TEST_ASSERT_MSG_EQ(m.leaseTime.has_value(), false, "no option 51");
        NS_TEST_ASSERT_MSG_EQ(m.trailingBytes, 27u, "padding after End");

        NS_TEST_ASSERT_MSG_EQ(Parse(Image(kOfferHead, kOfferTail), m), "", "OFFER");
        NS_TEST_ASSERT_MSG_EQ(unsigned(m.op), 2u, "BOOTREPLY");
        NS_TEST_ASSERT_MSG_EQ(m.sourcePort, 67, "from the server port");
        NS_TEST_ASSERT_MSG_EQ((m.messageType == DhcpMessageType::OFFER), true, "OFFER");
        NS_TEST_ASSERT_MSG_EQ(m.yiaddr, Ipv4Address("192.168.1.100"), "yiaddr");
        NS_TEST_ASSERT_MSG_EQ(m.siaddr, Ipv4Address("192.168.1.1"), "siaddr");
        NS_TEST_ASSERT_MSG_EQ(m.clientMac, client, "client MAC");
        NS_TEST_ASSERT_MSG_EQ(m.serverIdentifier.value_or(Ipv4Address()),
                              Ipv4Address("192.168.1.1"),
                              "option 54");
        NS_TEST_ASSERT_MSG_EQ(m.leaseTime.value_or(0), 86400u, "option 51");
        NS_TEST_ASSERT_MSG_EQ(m.subnetMask.value_or(Ipv4Mask()),
                              Ipv4Mask("255.255.255.0"),
                              "option 1");
        NS_TEST_ASSERT_MSG_EQ(m.routers.size(), 2u, "option 3: two routers");
        if (IsStatusFailure())
        {
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(m.routers[1], Ipv4Address("192.168.1.2"), "second router");
        NS_TEST_ASSERT_MSG_EQ(m.requestedAddress.has_value(), false, "no option 50");
        NS_TEST_ASSERT_MSG_EQ(m.hostName.has_value(), false, "no option 12");

        NS_TEST_ASSERT_MSG_EQ(Parse(Image(kRelayedRequestHead, kRelayedRequestTail), m),
                              "",
                              "relayed REQUEST");
        NS_TEST_ASSERT_MSG_EQ((m.messageType == DhcpMessageType::REQUEST), true, "REQUEST");
        NS_TEST_ASSERT_MSG_EQ(m.sourcePort, 67, "relay port");
        NS_TEST_ASSERT_MSG_EQ(m.destinationPort, 67, "server port");
        NS_TEST_ASSERT_MSG_EQ(unsigned(m.hops), 1u, "hops");
        NS_TEST_ASSERT_MSG_EQ(m.secs, 3, "secs");
        NS_TEST_ASSERT_MSG_EQ(m.giaddr, Ipv4Address("10.1.1.1"), "giaddr");
        NS_TEST_ASSERT_MSG_EQ(m.IsBroadcast(), false, "unicast flag");
        NS_TEST_ASSERT_MSG_EQ(m.serverIdentifier.value_or(Ipv4Address()),
                              Ipv4Address("192.168.1.1"),
                              "option 54");
        NS_TEST_ASSERT_MSG_EQ(m.trailingBytes, 0u, "nothing after End");

        // the vector overload, and trailing Ethernet padding after the IPv4 packet
        std::vector<uint8_t> padded = Image(kOfferHead, kOfferTail);
        padded.insert(padded.end(), 6, 0);
        std::string why;
        auto found = DhcpSnoop::Parse(padded, &why);
        NS_TEST_ASSERT_MSG_EQ(found.has_value(), true, "padded packet: " << why);
        if (IsStatusFailure())
        {
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(found->leaseTime.value_or(0), 86400u, "same fields");
        NS_TEST_ASSERT_MSG_EQ(DhcpSnoop::Parse(std::vector<uint8_t>{0x45}, &why).has_value(),
                              false,
                              "one byte");
        NS_TEST_ASSERT_MSG_EQ(why, "truncated IPv4 header", "reason through the pointer");
        NS_TEST_ASSERT_MSG_EQ(DhcpMessageTypeName(DhcpMessageType::INFORM), "INFORM", "name");
        NS_TEST_ASSERT_MSG_EQ(DhcpMessageTypeName(DhcpMessageType::NAK), "NAK", "name");
    }
};

/// What ns-3.37's DhcpClient and DhcpServer really sent parses, with the right MAC.
class Ns3CaptureTestCase : public TestCase
{
  public:
    Ns3CaptureTestCase()
        : TestCase("DISCOVER, OFFER and renewing REQUEST captured from ns-3.37 parse")
    {
    }

  private:
    void DoRun() override
    {
        const Mac48Address client("00:00:00:00:00:01");
        DhcpSnoopMessage m;
        NS_TEST_ASSERT_MSG_EQ(Parse(Image(kNs3DiscoverHead, kNs3DiscoverTail), m),
                              "",
                              "ns-3 DISCOVER");
        NS_TEST_ASSERT_MSG_EQ((m.messageType == DhcpMessageType::DISCOVER), true, "DISCOVER");
        NS_TEST_ASSERT_MSG_EQ(unsigned(m.hlen), 6u, "ns-3 hlen");
        NS_TEST_ASSERT_MSG_EQ(m.clientMac, client, "MAC from chaddr");
        NS_TEST_ASSERT_MSG_EQ(m.xid, 0x87780000u, "xid as carried (ns-3 tran 0x7887)");
        NS_TEST_ASSERT_MSG_EQ(m.secs, 1, "secs = simulation time");
        NS_TEST_ASSERT_MSG_EQ(m.trailingBytes, 0u, "no padding");

        NS_TEST_ASSERT_MSG_EQ(Parse(Image(kNs3OfferHead, kNs3OfferTail), m), "", "ns-3 OFFER");
        NS_TEST_ASSERT_MSG_EQ((m.messageType == DhcpMessageType::OFFER), true, "OFFER");
        NS_TEST_ASSERT_MSG_EQ(m.clientMac, client, "MAC");
        NS_TEST_ASSERT_MSG_EQ(m.xid, 0x87780000u, "same xid");
        NS_TEST_ASSERT_MSG_EQ(m.yiaddr, Ipv4Address("172.30.0.10"), "offered address");
        NS_TEST_ASSERT_MSG_EQ(m.serverIdentifier.value_or(Ipv4Address()),
                              Ipv4Address("172.30.0.12"),
                              "server");
        NS_TEST_ASSERT_MSG_EQ(m.subnetMask.value_or(Ipv4Mask()), Ipv4Mask("/24"), "mask");
        NS_TEST_ASSERT_MSG_EQ(m.routers.size(), 1u, "router");
        if (IsStatusFailure())
        {
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(m.routers[0], Ipv4Address("172.30.0.17"), "gateway");
        NS_TEST_ASSERT_MSG_EQ(m.leaseTime.value_or(0), 30u, "ns-3's default lease");

        NS_TEST_ASSERT_MSG_EQ(Parse(Image(kNs3RenewHead, kNs3RenewTail), m), "", "ns-3 renew");
        NS_TEST_ASSERT_MSG_EQ((m.messageType == DhcpMessageType::REQUEST), true, "REQUEST");
        NS_TEST_ASSERT_MSG_EQ(m.ipSource, Ipv4Address("172.30.0.10"), "unicast from the lease");
        NS_TEST_ASSERT_MSG_EQ(m.ciaddr, Ipv4Address("0.0.0.0"), "ns-3 leaves ciaddr zero");
        NS_TEST_ASSERT_MSG_EQ(m.requestedAddress.value_or(Ipv4Address()),
                              Ipv4Address("172.30.0.10"),
                              "requested");
        NS_TEST_ASSERT_MSG_EQ(m.trailingBytes, 4u, "ns-3's 4 bytes after End");
        NS_TEST_ASSERT_MSG_EQ(m.clientMac, client, "MAC");
    }
};

/// A live exchange between ns-3's DhcpClient and DhcpServer parses at every step.
class LiveNs3TestCase : public TestCase
{
  public:
    /// \param checksums run with ns-3's ChecksumEnabled
    explicit LiveNs3TestCase(bool checksums)
        : TestCase(std::string("live ns-3 DhcpClient and DhcpServer exchange parses, checksums ") +
                   (checksums ? "on" : "off")),
          m_checksums(checksums)
    {
    }

  private:
    bool m_checksums;                         //!< ChecksumEnabled during the run
    std::vector<std::vector<uint8_t>> m_seen; //!< IPv4 packets seen on the link

    /**
     * Promiscuous IPv4 handler.
     * \param packet the IPv4 packet
     */
    void Sniff(Ptr<NetDevice>,
               Ptr<const Packet> packet,
               uint16_t,
               const Address&,
               const Address&,
               NetDevice::PacketType)
    {
        m_seen.push_back(ByteReader::PacketBytes(packet));
    }

    void DoRun() override
    {
        GlobalValue::Bind("ChecksumEnabled", BooleanValue(m_checksums));
        NodeContainer nodes(2);
        CsmaHelper csma;
        NetDeviceContainer devices = csma.Install(nodes);
        InternetStackHelper stack;
        stack.Install(nodes);
        DhcpHelper dhcp;
        ApplicationContainer server = dhcp.InstallDhcpServer(devices.Get(1),
                                                             Ipv4Address("172.30.0.12"),
                                                             Ipv4Address("172.30.0.0"),
                                                             Ipv4Mask("/24"),
                                                             Ipv4Address("172.30.0.10"),
                                                             Ipv4Address("172.30.0.15"),
                                                             Ipv4Address("172.30.0.17"));
        server.Start(Seconds(0.0));
        ApplicationContainer client = dhcp.InstallDhcpClient(devices.Get(0));
        client.Start(Seconds(1.0));
        for (uint32_t i = 0; i < 2; ++i)
        {
            nodes.Get(i)->RegisterProtocolHandler(MakeCallback(&LiveNs3TestCase::Sniff, this),
                                                  0x0800,
                                                  devices.Get(i),
                                                  true);
        }
        Mac48Address clientMac = Mac48Address::ConvertFrom(devices.Get(0)->GetAddress());
        Simulator::Stop(Seconds(8.0));
        Simulator::Run();
        Simulator::Destroy();
        GlobalValue::Bind("ChecksumEnabled", BooleanValue(false));

        std::vector<DhcpSnoopMessage> messages;
        for (const auto& bytes : m_seen)
        {
            DhcpSnoopMessage m;
            std::string why = Parse(bytes, m);
            NS_TEST_ASSERT_MSG_EQ(why, "", "ns-3 packet " << messages.size() << " parses");
            if (m_checksums && bytes.size() >= 28)
            {
                NS_TEST_ASSERT_MSG_NE((bytes[26] | bytes[27]), 0, "UDP checksum computed");
            }
            messages.push_back(m);
        }
        NS_TEST_ASSERT_MSG_EQ(messages.size(), 4u, "DISCOVER, OFFER, REQUEST, ACK");
        if (IsStatusFailure())
        {
            return;
        }
        const DhcpMessageType expected[] = {DhcpMessageType::DISCOVER,
                                            DhcpMessageType::OFFER,
                                            DhcpMessageType::REQUEST,
                                            DhcpMessageType::ACK};
        for (std::size_t i = 0; i < 4; ++i)
        {
            NS_TEST_ASSERT_MSG_EQ((messages[i].messageType == expected[i]), true, "type " << i);
            NS_TEST_ASSERT_MSG_EQ(messages[i].clientMac, clientMac, "client MAC " << i);
            NS_TEST_ASSERT_MSG_EQ(messages[i].xid, messages[0].xid, "one transaction " << i);
        }
        Ipv4Address offered = messages[1].yiaddr;
        NS_TEST_ASSERT_MSG_EQ((offered.Get() >= Ipv4Address("172.30.0.10").Get() &&
                               offered.Get() <= Ipv4Address("172.30.0.15").Get()),
                              true,
                              "offer from the pool");
        NS_TEST_ASSERT_MSG_EQ(messages[1].serverIdentifier.value_or(Ipv4Address()),
                              Ipv4Address("172.30.0.12"),
                              "server identifier");
        NS_TEST_ASSERT_MSG_EQ(messages[2].requestedAddress.value_or(Ipv4Address()),
                              offered,
                              "REQUEST for the offer");
        NS_TEST_ASSERT_MSG_EQ(messages[3].yiaddr, offered, "ACK of the offer");
    }
};

/// Truncated and corrupted messages are rejected with the right reason.
class RejectTestCase : public TestCase
{
  public:
    RejectTestCase()
        : TestCase("truncation, corrupted IPv4, UDP and BOOTP fields and bad options are rejected")
    {
    }

  private:
    void DoRun() override
    {
        const std::vector<std::vector<uint8_t>> images = {
            Image(kDiscoverHead, kDiscoverTail),
            Image(kOfferHead, kOfferTail),
            Image(kRelayedRequestHead, kRelayedRequestTail),
            Image(kNs3DiscoverHead, kNs3DiscoverTail),
            Image(kNs3OfferHead, kNs3OfferTail),
            Image(kNs3RenewHead, kNs3RenewTail),
        };
        for (const auto& image : images)
        {
            NS_TEST_ASSERT_MSG_EQ(Reason(image), "", "the image itself parses");
            for (std::size_t size = 0; size < image.size(); ++size)
            {
                NS_TEST_ASSERT_MSG_NE(
                    Reason(std::vector<uint8_t>(image.begin(), image.begin() + size)),
                    "",
                    "prefix of " << size << " bytes accepted");
            }
        }

        const std::vector<uint8_t> d = images[3]; // ns-3 DISCOVER: checksums zero
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 0, 0x65), "not IPv4", "version 6");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 0, 0x44), "IPv4 header length below 20", "IHL 4");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 3, 0x11), "IPv4 total length beyond the bytes", "+1");
        std::vector<uint8_t> shortTotal = d;
        shortTotal[2] = 0;
        shortTotal[3] = 16;
        NS_TEST_ASSERT_MSG_EQ(Reason(shortTotal),
                              "IPv4 total length below the header length",
                              "total 16");
        shortTotal[3] = 27;
        NS_TEST_ASSERT_MSG_EQ(Reason(shortTotal), "truncated UDP header", "total 27");
        shortTotal[3] = 128;
        shortTotal[25] = 108;
        shortTotal[24] = 0;
        NS_TEST_ASSERT_MSG_EQ(Reason(shortTotal), "truncated BOOTP message", "total 128");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 6, 0x20), "IPv4 fragment", "More Fragments");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 7, 0x01), "IPv4 fragment", "offset");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 6, 0x80), "IPv4 reserved flag set", "reserved");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 6, 0x40), "", "Don't Fragment is fine");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 9, 6), "not UDP", "TCP");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 23, 0x35), "not BOOTP UDP ports", "port 53");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 23, 0x44), "not BOOTP UDP ports", "68 -> 68");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 25, 0xfd),
                              "UDP length does not match the IPv4 payload",
                              "UDP length");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 28, 3), "BOOTP op 3 not 1 or 2", "op");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 28, 2),
                              "BOOTP op does not match the UDP ports",
                              "reply to the server port");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 30, 7), "hardware address length 7 for Ethernet", "7");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 30, 0), "hardware address length 0 for Ethernet", "0");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 56, 0x01),
                              "client hardware address is a group address",
                              "multicast MAC");
        NS_TEST_ASSERT_MSG_EQ(Reason(d, 264, 0x00), "no DHCP magic cookie", "cookie");

        // hlen 16 with the MAC then zeros (what DhcpHeader::SetHWType(1, 16) would send)
        DhcpSnoopMessage m;
        std::vector<uint8_t> hlen16 = d;
        hlen16[30] = 16;
        NS_TEST_ASSERT_MSG_EQ(Parse(hlen16, m), "", "hlen 16, zero padding");
        NS_TEST_ASSERT_MSG_EQ(m.clientMac, Mac48Address("00:00:00:00:00:01"), "MAC");
        hlen16[66] = 1;
        NS_TEST_ASSERT_MSG_EQ(Reason(hlen16),
                              "hardware address length 16 for Ethernet",
                              "hlen 16, non-zero padding");
        // another hardware type: no MAC, hlen up to 16
        std::vector<uint8_t> other = d;
        other[29] = 6;
        NS_TEST_ASSERT_MSG_EQ(Parse(other, m), "", "IEEE 802 hardware type");
        NS_TEST_ASSERT_MSG_EQ(m.hasClientMac, false, "no MAC for htype 6");
        other[30] = 17;
        NS_TEST_ASSERT_MSG_EQ(Reason(other), "hardware address length above 16", "hlen 17");

        // checksums, when present, are verified
        const std::vector<uint8_t> c = images[0];
        NS_TEST_ASSERT_MSG_EQ(Reason(c, 8, 0x7f), "bad IPv4 header checksum", "TTL changed");
        NS_TEST_ASSERT_MSG_EQ(Reason(c, 100, 0x01), "bad UDP checksum", "sname byte changed");
        NS_TEST_ASSERT_MSG_EQ(Reason(c, 26, 0x00), "bad UDP checksum", "UDP checksum changed");
        std::vector<uint8_t> noUdpChecksum = c;
        noUdpChecksum[26] = 0;
        noUdpChecksum[27] = 0;
        NS_TEST_ASSERT_MSG_EQ(Reason(noUdpChecksum), "", "UDP checksum 0: not computed");

        // options
        const std::vector<uint8_t>& req = kNs3DiscoverHead;
        const std::vector<uint8_t>& rep = kNs3OfferHead;
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {53, 1, 1, 255})), "", "minimal");
        NS_TEST_ASSERT_MSG_EQ(Parse(WithOptions(req, {255}), m), "", "BOOTP without type");
        NS_TEST_ASSERT_MSG_EQ(m.messageType.has_value(), false, "no message type");
        NS_TEST_ASSERT_MSG_EQ(Parse(WithOptions(req, {0, 0, 53, 1, 1, 0, 43, 2, 9, 9, 255, 7}), m),
                              "",
                              "pads and an unknown option");
        NS_TEST_ASSERT_MSG_EQ(m.trailingBytes, 1u, "one byte after End");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {53, 1, 1})),
                              "options not terminated by End",
                              "no End");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {})), "options not terminated by End", "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {53})), "option 53 has no length", "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {53, 5, 1})),
                              "option 53 overruns the packet",
                              "53 overrun");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {53, 1, 1, 12, 9, 'a', 'b'})),
                              "option 12 overruns the packet",
                              "12 overrun");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {53, 1, 1, 53, 1, 1, 255})),
                              "duplicate option 53",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {53, 2, 1, 0, 255})),
                              "option 53 length 2 not 1",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {53, 1, 0, 255})),
                              "unsupported DHCP message type 0",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {53, 1, 9, 255})),
                              "unsupported DHCP message type 9",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {53, 1, 2, 255})),
                              "DHCP OFFER with BOOTP op 1",
                              "OFFER from a client");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(rep, {53, 1, 3, 255})),
                              "DHCP REQUEST with BOOTP op 2",
                              "REQUEST from a server");
        for (uint8_t type : {2, 5, 6})
        {
            NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(rep, {53, 1, type, 255})), "", "reply");
        }
        for (uint8_t type : {1, 3, 4, 7, 8})
        {
            NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {53, 1, type, 255})), "", "request");
        }
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {50, 3, 1, 2, 3, 255})),
                              "option 50 length 3 not 4",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {50, 4, 1, 2, 3, 4, 50, 4, 1, 2, 3, 4, 255})),
                              "duplicate option 50",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(rep, {54, 5, 1, 2, 3, 4, 5, 255})),
                              "option 54 length 5 not 4",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(rep, {54, 4, 1, 2, 3, 4, 54, 4, 1, 2, 3, 4, 255})),
                              "duplicate option 54",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(rep, {51, 2, 0, 30, 255})),
                              "option 51 length 2 not 4",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(rep, {51, 4, 0, 0, 0, 1, 51, 4, 0, 0, 0, 1, 255})),
                              "duplicate option 51",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(rep, {1, 3, 255, 255, 255, 255})),
                              "option 1 length 3 not 4",
                              "");
        NS_TEST_ASSERT_MSG_EQ(
            Reason(WithOptions(rep, {1, 4, 255, 0, 0, 0, 1, 4, 255, 0, 0, 0, 255})),
            "duplicate option 1",
            "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(rep, {3, 6, 1, 2, 3, 4, 5, 6, 255})),
                              "option 3 length 6 not a multiple of 4",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(rep, {3, 0, 255})),
                              "option 3 length 0 not a multiple of 4",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(rep, {3, 4, 1, 2, 3, 4, 3, 4, 1, 2, 3, 4, 255})),
                              "duplicate option 3",
                              "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {12, 0, 255})), "empty option 12", "");
        NS_TEST_ASSERT_MSG_EQ(Reason(WithOptions(req, {12, 1, 'a', 12, 1, 'b', 255})),
                              "duplicate option 12",
                              "");
    }
};

/// Random byte flips and random bytes never crash the parser.
class FuzzTestCase : public TestCase
{
  public:
    FuzzTestCase()
        : TestCase("random byte flips and random bytes: no crash, both outcomes seen")
    {
    }

  private:
    void DoRun() override
    {
        std::mt19937 rng(5416);
        const std::vector<std::vector<uint8_t>> images = {
            Image(kDiscoverHead, kDiscoverTail),
            Image(kRelayedRequestHead, kRelayedRequestTail),
            Image(kNs3DiscoverHead, kNs3DiscoverTail),
            Image(kNs3OfferHead, kNs3OfferTail),
            Image(kNs3RenewHead, kNs3RenewTail),
        };
        uint32_t accepted = 0;
        uint32_t rejected = 0;
        for (int iteration = 0; iteration < 20000; ++iteration)
        {
            std::vector<uint8_t> bytes = images[iteration % images.size()];
            int flips = 1 + rng() % 3;
            for (int i = 0; i < flips; ++i)
            {
                // bias the flips towards the headers and options, where they matter
                std::size_t at = rng() % 2 ? rng() % 72 : 264 + rng() % (bytes.size() - 264);
                bytes[at] ^= 1 + rng() % 255;
            }
            DhcpSnoopMessage m;
            if (Parse(bytes, m).empty())
            {
                ++accepted;
                NS_TEST_ASSERT_MSG_EQ((m.op == 1 || m.op == 2), true, "accepted op");
            }
            else
            {
                ++rejected;
            }
        }
        for (int iteration = 0; iteration < 5000; ++iteration)
        {
            std::vector<uint8_t> bytes(rng() % 400);
            for (auto& byte : bytes)
            {
                byte = rng() & 0xff;
            }
            if (bytes.size() > 20)
            {
                bytes[0] = 0x45; // get past the first checks more often
                bytes[9] = 17;
            }
            Reason(bytes);
        }
        NS_TEST_ASSERT_MSG_GT(accepted, 500u, "some flips keep a valid message");
        NS_TEST_ASSERT_MSG_GT(rejected, 5000u, "most flips are rejected");
    }
};

/// The suite.
class DhcpSnoopTestSuite : public TestSuite
{
  public:
    DhcpSnoopTestSuite()
        : TestSuite("wlc-dhcp-snoop", WLC_TEST_UNIT)
    {
        AddTestCase(new HandWrittenTestCase, WLC_TEST_QUICK);
        AddTestCase(new Ns3CaptureTestCase, WLC_TEST_QUICK);
        AddTestCase(new LiveNs3TestCase(false), WLC_TEST_QUICK);
        AddTestCase(new LiveNs3TestCase(true), WLC_TEST_QUICK);
        AddTestCase(new RejectTestCase, WLC_TEST_QUICK);
        AddTestCase(new FuzzTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
DhcpSnoopTestSuite g_dhcpSnoopTestSuite;

} // namespace
} // namespace ns3
