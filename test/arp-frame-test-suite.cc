/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-test-util.h"

#include "ns3/arp-frame.h"
#include "ns3/arp-header.h"
#include "ns3/csma-helper.h"
#include "ns3/inet-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-address-helper.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/wlc-ns3-compat.h"

#include <random>

/**
 * \file
 * \ingroup wlc-tests
 * ArpFrame: RFC 826 byte images, round trips, the layout of ns-3's ArpHeader, a live exchange
 * with ns-3's ArpL3Protocol in both directions, strict checks and random byte flips.
 */

namespace ns3
{
namespace
{

/// ARP request (RFC 826): who has 10.0.0.2? tell 10.0.0.1 at 00:11:22:33:44:55.
const std::vector<uint8_t> kRequest = {
    0x00, 0x01,                         // hardware type: Ethernet
    0x08, 0x00,                         // protocol type: IPv4
    0x06, 0x04,                         // hardware length 6, protocol length 4
    0x00, 0x01,                         // operation: request
    0x00, 0x11, 0x22, 0x33, 0x44, 0x55, // sender MAC
    0x0a, 0x00, 0x00, 0x01,             // sender IPv4 10.0.0.1
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // target MAC: unknown
    0x0a, 0x00, 0x00, 0x02,             // target IPv4 10.0.0.2
};

/// ARP reply: 10.0.0.2 is at 00:aa:bb:cc:dd:ee, to 10.0.0.1 at 00:11:22:33:44:55.
const std::vector<uint8_t> kReply = {
    0x00, 0x01, 0x08, 0x00, 0x06, 0x04, 0x00, 0x02, // operation: reply
    0x00, 0xaa, 0xbb, 0xcc, 0xdd, 0xee,             // sender MAC
    0x0a, 0x00, 0x00, 0x02,                         // sender IPv4
    0x00, 0x11, 0x22, 0x33, 0x44, 0x55,             // target MAC
    0x0a, 0x00, 0x00, 0x01,                         // target IPv4
};

/// \param frame an ARP packet \return its bytes
std::vector<uint8_t>
Encode(const ArpFrame& frame)
{
    ByteWriter writer;
    frame.Encode(writer);
    return writer.GetBytes();
}

/// \param bytes an ARP packet \param frame the result \return the reason, "" on success
std::string
Decode(const std::vector<uint8_t>& bytes, ArpFrame& frame)
{
    ByteReader reader(bytes);
    std::string why;
    bool ok = ArpFrame::Decode(reader, frame, why);
    return ok ? std::string() : (why.empty() ? std::string("failed without a reason") : why);
}

/// \param address an ns-3 address \return its bytes
std::vector<uint8_t>
AddressBytes(const Address& address)
{
    uint8_t buffer[Address::MAX_SIZE];
    uint32_t size = address.CopyTo(buffer);
    return std::vector<uint8_t>(buffer, buffer + size);
}

using wlctest::MacBytes;

/// Request and reply images, both ways.
class RoundTripTestCase : public TestCase
{
  public:
    RoundTripTestCase()
        : TestCase("ARP request and reply: Encode gives the RFC 826 images, Decode the fields")
    {
    }

  private:
    void DoRun() override
    {
        const Mac48Address a("00:11:22:33:44:55");
        const Mac48Address b("00:aa:bb:cc:dd:ee");
        ArpFrame request =
            ArpFrame::MakeRequest(a, Ipv4Address("10.0.0.1"), Ipv4Address("10.0.0.2"));
        NS_TEST_ASSERT_MSG_EQ((Encode(request) == kRequest), true, "request image");
        ArpFrame reply =
            ArpFrame::MakeReply(b, Ipv4Address("10.0.0.2"), a, Ipv4Address("10.0.0.1"));
        NS_TEST_ASSERT_MSG_EQ((Encode(reply) == kReply), true, "reply image");

        ArpFrame f;
        NS_TEST_ASSERT_MSG_EQ(Decode(kRequest, f), "", "request decodes");
        NS_TEST_ASSERT_MSG_EQ(f.IsRequest(), true, "request");
        NS_TEST_ASSERT_MSG_EQ(f.GetOperation(), ArpFrame::REQUEST, "operation");
        NS_TEST_ASSERT_MSG_EQ(f.GetSenderMac(), a, "SHA");
        NS_TEST_ASSERT_MSG_EQ(f.GetSenderIp(), Ipv4Address("10.0.0.1"), "SPA");
        NS_TEST_ASSERT_MSG_EQ(f.GetTargetMac(), Mac48Address("00:00:00:00:00:00"), "THA");
        NS_TEST_ASSERT_MSG_EQ(f.GetTargetIp(), Ipv4Address("10.0.0.2"), "TPA");
        NS_TEST_ASSERT_MSG_EQ(f.IsGratuitous(), false, "not gratuitous");
        NS_TEST_ASSERT_MSG_EQ((Encode(f) == kRequest), true, "request round trip");

        // 18 bytes of Ethernet padding stay in the reader
        std::vector<uint8_t> padded = kReply;
        padded.insert(padded.end(), 18, 0);
        ByteReader reader(padded);
        std::string why;
        NS_TEST_ASSERT_MSG_EQ(ArpFrame::Decode(reader, f, why), true, "padded reply: " << why);
        NS_TEST_ASSERT_MSG_EQ(reader.GetRemaining(), 18u, "padding left unread");
        NS_TEST_ASSERT_MSG_EQ(f.IsReply(), true, "reply");
        NS_TEST_ASSERT_MSG_EQ(f.GetSenderMac(), b, "SHA");
        NS_TEST_ASSERT_MSG_EQ(f.GetTargetMac(), a, "THA");
        NS_TEST_ASSERT_MSG_EQ(f.GetTargetIp(), Ipv4Address("10.0.0.1"), "TPA");
        NS_TEST_ASSERT_MSG_EQ((Encode(f) == kReply), true, "reply round trip");

        ArpFrame g = ArpFrame::MakeGratuitous(b, Ipv4Address("10.0.0.9"));
        NS_TEST_ASSERT_MSG_EQ(Decode(Encode(g), f), "", "gratuitous decodes");
        NS_TEST_ASSERT_MSG_EQ(f.IsGratuitous(), true, "gratuitous");
        NS_TEST_ASSERT_MSG_EQ(f.IsRequest(), true, "as a request");
        NS_TEST_ASSERT_MSG_EQ(f.GetSenderIp(), Ipv4Address("10.0.0.9"), "SPA = TPA");
    }
};

/// Our bytes and ns-3's ArpHeader bytes are the same, and ns-3's ArpHeader reads ours.
class Ns3HeaderTestCase : public TestCase
{
  public:
    Ns3HeaderTestCase()
        : TestCase("ArpFrame and ns-3's ArpHeader write and read the same bytes")
    {
    }

  private:
    void DoRun() override
    {
        const Mac48Address a("00:11:22:33:44:55");
        const Mac48Address b("00:aa:bb:cc:dd:ee");
        const Mac48Address broadcast = Mac48Address::GetBroadcast();
        // ns-3's ArpL3Protocol sends requests with the broadcast address as target MAC
        ArpHeader nsRequest;
        nsRequest.SetRequest(a, Ipv4Address("10.0.0.1"), broadcast, Ipv4Address("10.0.0.2"));
        Ptr<Packet> p = Create<Packet>();
        p->AddHeader(nsRequest);
        ArpFrame ours =
            ArpFrame::MakeRequest(a, Ipv4Address("10.0.0.1"), Ipv4Address("10.0.0.2"), broadcast);
        NS_TEST_ASSERT_MSG_EQ((ByteReader::PacketBytes(p) == Encode(ours)),
                              true,
                              "same request bytes as ns-3");

        ArpHeader nsReply;
        nsReply.SetReply(b, Ipv4Address("10.0.0.2"), a, Ipv4Address("10.0.0.1"));
        p = Create<Packet>();
        p->AddHeader(nsReply);
        NS_TEST_ASSERT_MSG_EQ((ByteReader::PacketBytes(p) == kReply), true, "ns-3 reply image");

        std::vector<uint8_t> bytes =
            Encode(ArpFrame::MakeReply(b, Ipv4Address("10.0.0.2"), a, Ipv4Address("10.0.0.1")));
        Ptr<Packet> q = Create<Packet>(bytes.data(), bytes.size());
        ArpHeader read;
        NS_TEST_ASSERT_MSG_EQ(q->RemoveHeader(read), 28u, "ns-3 reads 28 bytes");
        NS_TEST_ASSERT_MSG_EQ(read.IsReply(), true, "ns-3 sees a reply");
        NS_TEST_ASSERT_MSG_EQ((AddressBytes(read.GetSourceHardwareAddress()) == MacBytes(b)),
                              true,
                              "ns-3 SHA");
        NS_TEST_ASSERT_MSG_EQ((AddressBytes(read.GetDestinationHardwareAddress()) == MacBytes(a)),
                              true,
                              "ns-3 THA");
        NS_TEST_ASSERT_MSG_EQ(read.GetSourceIpv4Address(), Ipv4Address("10.0.0.2"), "ns-3 SPA");
        NS_TEST_ASSERT_MSG_EQ(read.GetDestinationIpv4Address(),
                              Ipv4Address("10.0.0.1"),
                              "ns-3 TPA");
    }
};

/**
 * A node without an IP stack talks ARP with our frames to an ns-3 node: the ns-3 node answers
 * our request, and accepts our reply to its own request (it then sends its queued UDP packet
 * to our MAC).
 */
class Ns3ArpL3TestCase : public TestCase
{
  public:
    Ns3ArpL3TestCase()
        : TestCase("ns-3's ArpL3Protocol answers our request and accepts our reply")
    {
    }

  private:
    Ptr<NetDevice> m_raw;                       //!< our device, no IP stack
    Mac48Address m_rawMac;                      //!< its MAC
    std::vector<ArpFrame> m_arps;               //!< ARP packets received by our device
    std::vector<std::string> m_errors;          //!< ARP packets we could not decode
    std::vector<Mac48Address> m_ipDestinations; //!< destinations of IPv4 frames to us
    uint32_t m_ipFrames{0};                     //!< IPv4 frames received by our device

    /**
     * Receive ARP on our device, answer requests for 10.0.0.99.
     * \param packet the ARP packet
     */
    void ReceiveArp(Ptr<NetDevice>,
                    Ptr<const Packet> packet,
                    uint16_t,
                    const Address&,
                    const Address&,
                    NetDevice::PacketType)
    {
        std::vector<uint8_t> bytes = ByteReader::PacketBytes(packet);
        ByteReader reader(bytes);
        ArpFrame frame;
        std::string why;
        if (!ArpFrame::Decode(reader, frame, why))
        {
            m_errors.push_back(why);
            return;
        }
        m_arps.push_back(frame);
        if (frame.IsRequest() && frame.GetTargetIp() == Ipv4Address("10.0.0.99"))
        {
            ArpFrame reply = ArpFrame::MakeReply(m_rawMac,
                                                 Ipv4Address("10.0.0.99"),
                                                 frame.GetSenderMac(),
                                                 frame.GetSenderIp());
            ByteWriter writer;
            reply.Encode(writer);
            m_raw->Send(writer.ToPacket(), frame.GetSenderMac(), 0x0806);
        }
    }

    /// Count IPv4 frames on our device.
    void ReceiveIp(Ptr<NetDevice>,
                   Ptr<const Packet>,
                   uint16_t,
                   const Address&,
                   const Address& to,
                   NetDevice::PacketType)
    {
        ++m_ipFrames;
        m_ipDestinations.push_back(Mac48Address::ConvertFrom(to));
    }

    /// Send our ARP request for the ns-3 node's address.
    void SendRequest()
    {
        ArpFrame request =
            ArpFrame::MakeRequest(m_rawMac, Ipv4Address("10.0.0.99"), Ipv4Address("10.0.0.1"));
        ByteWriter writer;
        request.Encode(writer);
        m_raw->Send(writer.ToPacket(), Mac48Address::GetBroadcast(), 0x0806);
    }

    void DoRun() override
    {
        Ptr<Node> stackNode = CreateObject<Node>();
        Ptr<Node> rawNode = CreateObject<Node>();
        NodeContainer nodes(stackNode, rawNode);
        CsmaHelper csma;
        NetDeviceContainer devices = csma.Install(nodes);
        InternetStackHelper stack;
        stack.Install(stackNode);
        Ipv4AddressHelper addresses("10.0.0.0", "255.255.255.0");
        addresses.Assign(NetDeviceContainer(devices.Get(0)));
        m_raw = devices.Get(1);
        m_rawMac = Mac48Address::ConvertFrom(m_raw->GetAddress());
        Mac48Address stackMac = Mac48Address::ConvertFrom(devices.Get(0)->GetAddress());
        rawNode->RegisterProtocolHandler(MakeCallback(&Ns3ArpL3TestCase::ReceiveArp, this),
                                         0x0806,
                                         m_raw);
        rawNode->RegisterProtocolHandler(MakeCallback(&Ns3ArpL3TestCase::ReceiveIp, this),
                                         0x0800,
                                         m_raw);

        // 1. our request, ns-3's reply
        Simulator::Schedule(Seconds(1.0), &Ns3ArpL3TestCase::SendRequest, this);
        // 2. ns-3 sends UDP to 10.0.0.99: its ARP request, our reply, then the UDP frame
        Ptr<Socket> socket = Socket::CreateSocket(stackNode, UdpSocketFactory::GetTypeId());
        Simulator::Schedule(Seconds(2.0), [socket]() {
            socket->SendTo(Create<Packet>(10), 0, InetSocketAddress("10.0.0.99", 9));
        });
        Simulator::Stop(Seconds(3.0));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(m_errors.size(), 0u, "every ARP packet from ns-3 decodes");
        NS_TEST_ASSERT_MSG_EQ(m_arps.size(), 2u, "ns-3's reply, then ns-3's request");
        if (IsStatusFailure())
        {
            return;
        }
        const ArpFrame& reply = m_arps[0];
        NS_TEST_ASSERT_MSG_EQ(reply.IsReply(), true, "ns-3 answered our request");
        NS_TEST_ASSERT_MSG_EQ(reply.GetSenderMac(), stackMac, "ns-3 SHA");
        NS_TEST_ASSERT_MSG_EQ(reply.GetSenderIp(), Ipv4Address("10.0.0.1"), "ns-3 SPA");
        NS_TEST_ASSERT_MSG_EQ(reply.GetTargetMac(), m_rawMac, "to our MAC");
        NS_TEST_ASSERT_MSG_EQ(reply.GetTargetIp(), Ipv4Address("10.0.0.99"), "to our IP");
        const ArpFrame& request = m_arps[1];
        NS_TEST_ASSERT_MSG_EQ(request.IsRequest(), true, "ns-3 asked for 10.0.0.99");
        NS_TEST_ASSERT_MSG_EQ(request.GetTargetIp(), Ipv4Address("10.0.0.99"), "ns-3 TPA");
        NS_TEST_ASSERT_MSG_EQ(request.GetTargetMac(),
                              Mac48Address::GetBroadcast(),
                              "ns-3 puts the broadcast address in THA");
        NS_TEST_ASSERT_MSG_EQ(m_ipFrames, 1u, "ns-3 accepted our reply and sent the UDP packet");
        if (IsStatusFailure())
        {
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(m_ipDestinations[0], m_rawMac, "to the MAC of our reply");
    }
};

/// Truncated and corrupted ARP packets are rejected with the right reason; flips never crash.
class RejectTestCase : public TestCase
{
  public:
    RejectTestCase()
        : TestCase("ARP: truncation and corrupted fields are rejected, byte flips never crash")
    {
    }

  private:
    /**
     * \param offset byte of kRequest to change \param value its new value
     * \return the reason Decode gives
     */
    std::string Reason(std::size_t offset, uint8_t value)
    {
        std::vector<uint8_t> bytes = kRequest;
        bytes[offset] = value;
        ArpFrame f;
        return Decode(bytes, f);
    }

    void DoRun() override
    {
        for (std::size_t size = 0; size < kRequest.size(); ++size)
        {
            ArpFrame f;
            NS_TEST_ASSERT_MSG_EQ(
                Decode(std::vector<uint8_t>(kRequest.begin(), kRequest.begin() + size), f),
                "truncated ARP packet",
                "prefix of " << size);
        }
        NS_TEST_ASSERT_MSG_EQ(Reason(1, 6), "ARP hardware type 6 not Ethernet", "IEEE 802");
        NS_TEST_ASSERT_MSG_EQ(Reason(2, 0x86), "ARP protocol type not IPv4", "0x8600");
        NS_TEST_ASSERT_MSG_EQ(Reason(4, 8), "ARP address lengths not 6 and 4", "hlen 8");
        NS_TEST_ASSERT_MSG_EQ(Reason(5, 16), "ARP address lengths not 6 and 4", "plen 16");
        NS_TEST_ASSERT_MSG_EQ(Reason(7, 3), "ARP operation 3 not request or reply", "RARP");
        NS_TEST_ASSERT_MSG_EQ(Reason(7, 0), "ARP operation 0 not request or reply", "0");
        NS_TEST_ASSERT_MSG_EQ(Reason(6, 1), "ARP operation 257 not request or reply", "257");
        NS_TEST_ASSERT_MSG_EQ(Reason(8, 0x01),
                              "ARP sender hardware address is a group address",
                              "multicast SHA");
        NS_TEST_ASSERT_MSG_EQ(Reason(18, 0x01), "", "any THA");

        std::mt19937 rng(826);
        uint32_t accepted = 0;
        for (int iteration = 0; iteration < 20000; ++iteration)
        {
            std::vector<uint8_t> bytes = iteration % 2 ? kRequest : kReply;
            bytes[rng() % bytes.size()] ^= 1 + rng() % 255;
            if (rng() % 8 == 0)
            {
                bytes.resize(rng() % bytes.size());
            }
            ArpFrame f;
            if (Decode(bytes, f).empty())
            {
                ++accepted;
                NS_TEST_ASSERT_MSG_EQ((Encode(f) == bytes), true, "accepted ARP re-encodes");
            }
        }
        NS_TEST_ASSERT_MSG_GT(accepted, 5000u, "address flips keep a valid packet");
        NS_TEST_ASSERT_MSG_LT(accepted, 20000u, "header flips are rejected");
    }
};

/// The suite.
class ArpFrameTestSuite : public TestSuite
{
  public:
    ArpFrameTestSuite()
        : TestSuite("wlc-arp-frame", WLC_TEST_UNIT)
    {
        AddTestCase(new RoundTripTestCase, WLC_TEST_QUICK);
        AddTestCase(new Ns3HeaderTestCase, WLC_TEST_QUICK);
        AddTestCase(new Ns3ArpL3TestCase, WLC_TEST_QUICK);
        AddTestCase(new RejectTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
ArpFrameTestSuite g_arpFrameTestSuite;

} // namespace
} // namespace ns3
