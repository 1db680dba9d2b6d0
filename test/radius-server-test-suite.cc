/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-test-util.h"

#include "ns3/byte-reader.h"
#include "ns3/csma-helper.h"
#include "ns3/eap-packet.h"
#include "ns3/eap-peer-sm.h"
#include "ns3/inet-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-address-helper.h"
#include "ns3/node-container.h"
#include "ns3/radius-client.h"
#include "ns3/radius-packet.h"
#include "ns3/radius-server.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"
#include "ns3/wlc-ns3-compat.h"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sys/wait.h>
#include <unistd.h>

/**
 * \file
 * \ingroup wlc-tests
 * System test of RADIUS with EAP (RFC 3579) in ns-3: a NAS node with a RadiusClient and a
 * server node with a RadiusServer on one CSMA link; an EapPeerSm driven by the test through
 * the client as an IEEE 802.1X authenticator in pass-through mode would. Checks: Access-Accept
 * with the peer's MSK, the number of Access-Requests on the wire, the elapsed time against the
 * processing delay, Access-Reject for a wrong password, TIMEOUT after 1 + MaxRetransmissions
 * transmissions without a server, drops for a NAS with the wrong secret, duplicate requests
 * answered from the cache; and tshark decoding a capture of a complete exchange (RADIUS
 * Access-Request / -Challenge / -Accept with EAP inside, authenticators correct, nothing
 * malformed). Without tshark that test prints "SKIPPED: tshark not installed" and passes.
 */

namespace ns3
{
namespace
{

using Outcome = RadiusClient::Reply::Outcome;
using wlctest::HexBytes;
using wlctest::HexString;

/// The shared secret of the test bed.
const std::string SECRET = "testing123";
/// The station.
const Mac48Address STATION("02:00:00:00:00:01");
/// The AP's BSSID.
const Mac48Address BSSID("0a:00:00:00:00:01");

/// \param outcome an outcome \return its name
std::string
OutcomeName(Outcome outcome)
{
    switch (outcome)
    {
    case Outcome::CHALLENGE:
        return "CHALLENGE";
    case Outcome::ACCEPT:
        return "ACCEPT";
    case Outcome::REJECT:
        return "REJECT";
    case Outcome::TIMEOUT:
        return "TIMEOUT";
    }
    return "?";
}

/// Two nodes on CSMA: the NAS (10.1.0.1) and the RADIUS server (10.1.0.2).
struct TestBed
{
    NodeContainer nodes;                        //!< NAS, server
    NetDeviceContainer devices;                 //!< their CSMA devices
    Ptr<RadiusClient> client;                   //!< the NAS's client
    Ptr<RadiusServer> server;                   //!< the server (null if absent)
    uint32_t tx{0};                             //!< Access-Requests sent (Tx trace)
    uint32_t clientDrops{0};                    //!< client Drop trace
    uint32_t serverDrops{0};                    //!< server Drop trace
    std::string lastClientDrop;                 //!< reason of the last client drop
    std::vector<std::string> clientDropReasons; //!< every client drop
    std::string lastServerDrop;                 //!< reason of the last server drop
    std::vector<uint32_t> txSizes;              //!< sizes of the Access-Requests sent
    std::vector<std::string> accepted;          //!< "user|station" of Accepted
    std::vector<std::string> rejected;          //!< "user|reason" of Rejected

    /**
     * \param withServer whether to install the RadiusServer
     * \param clientSecret the client's secret
     * \param pcapDir if not empty, capture the server's link there
     */
    TestBed(bool withServer, const std::string& clientSecret, const std::string& pcapDir = "")
    {
        nodes.Create(2);
        CsmaHelper csma;
        csma.SetChannelAttribute("DataRate", StringValue("1Gbps"));
        csma.SetChannelAttribute("Delay", TimeValue(MicroSeconds(50)));
        devices = csma.Install(nodes);
        InternetStackHelper internet;
        internet.Install(nodes);
        Ipv4AddressHelper addresses("10.1.0.0", "255.255.255.0");
        addresses.Assign(devices);
        if (!pcapDir.empty())
        {
            csma.EnablePcap(pcapDir + "/radius", devices.Get(1), false);
        }
        if (withServer)
        {
            server = CreateObject<RadiusServer>();
            server->AddClient(Ipv4Address("10.1.0.1"), SECRET);
            server->AddUser("alice", "wonderland");
            server->AssignStreams(7);
            nodes.Get(1)->AddApplication(server);
            server->SetStartTime(Seconds(0));
            server->TraceConnectWithoutContext("Drop", MakeCallback(&TestBed::OnServerDrop, this));
            server->TraceConnectWithoutContext("Accepted",
                                               MakeCallback(&TestBed::OnAccepted, this));
            server->TraceConnectWithoutContext("Rejected",
                                               MakeCallback(&TestBed::OnRejected, this));
        }
        client = CreateObject<RadiusClient>();
        client->AssignStreams(11);
        client->Setup(nodes.Get(0),
                      Ipv4Address("10.1.0.1"),
                      InetSocketAddress(Ipv4Address("10.1.0.2"), 1812),
                      clientSecret,
                      "wlc-1");
        client->TraceConnectWithoutContext("Tx", MakeCallback(&TestBed::OnTx, this));
        client->TraceConnectWithoutContext("Drop", MakeCallback(&TestBed::OnClientDrop, this));
    }

    /// \param packet an Access-Request sent
    void OnTx(Ptr<const Packet> packet)
    {
        ++tx;
        txSizes.push_back(packet->GetSize());
    }

    /// \param reason why
    void OnClientDrop(std::string reason)
    {
        ++clientDrops;
        lastClientDrop = reason;
        clientDropReasons.push_back(reason);
    }

    /// \param reason why
    void OnServerDrop(std::string reason)
    {
        ++serverDrops;
        lastServerDrop = reason;
    }

    /// \param user the user \param station the Calling-Station-Id
    void OnAccepted(std::string user, std::string station)
    {
        accepted.push_back(user + "|" + station);
    }

    /// \param user the user \param reason why
    void OnRejected(std::string user, std::string reason)
    {
        rejected.push_back(user + "|" + reason);
    }
};

/// Plays the authenticator: Request/Identity to the peer, then relays through the client.
struct Authenticator
{
    EapPeerSm peer;            //!< the station's EAP peer
    Ptr<RadiusClient> client;  //!< the NAS's RADIUS client
    std::string identity;      //!< User-Name
    RadiusClient::Reply final; //!< the last reply (not CHALLENGE)
    bool done{false};          //!< a final reply arrived
    EapPeerSm::Result::Action peerOutcome{EapPeerSm::Result::Action::IGNORED}; //!< peer's end
    std::vector<uint8_t> peerMsk;                                              //!< peer's MSK
    Time start;                                                                //!< when it started
    Time end;               //!< when the final reply arrived
    uint32_t challenges{0}; //!< Access-Challenges relayed

    /// \param config the peer \param radius the client
    Authenticator(const EapPeerSm::Config& config, Ptr<RadiusClient> radius)
        : peer(config),
          client(radius),
          identity(config.identity)
    {
    }

    /// Send the EAP-Request/Identity (from the authenticator itself, RFC 3579 §2.1).
    void Start()
    {
        start = Simulator::Now();
        EapPacket request;
        request.SetIdentifier(1);
        Relay(peer.OnReceive(request.Encode()));
    }

    /// \param result the peer's answer: relay it to the server
    void Relay(const EapPeerSm::Result& result)
    {
        if (result.action != EapPeerSm::Result::Action::SEND)
        {
            peerOutcome = result.action;
            peerMsk = result.msk;
            return;
        }
        RadiusClient::Request request;
        request.station = STATION;
        request.bssid = BSSID;
        request.ssid = "corp";
        request.userName = identity;
        request.eap = result.eap;
        client->Send(request, [this](const RadiusClient::Reply& reply) { OnReply(reply); });
    }

    /// \param reply the server's answer
    void OnReply(const RadiusClient::Reply& reply)
    {
        if (reply.outcome == Outcome::CHALLENGE)
        {
            ++challenges;
            Relay(peer.OnReceive(reply.eap));
            return;
        }
        final = reply;
        done = true;
        end = Simulator::Now();
        if (!reply.eap.empty())
        {
            EapPeerSm::Result result = peer.OnReceive(reply.eap);
            peerOutcome = result.action;
            peerMsk = result.msk;
        }
    }
};

/// \param password the peer's password \return alice's peer configuration
EapPeerSm::Config
PeerConfig(const std::string& password)
{
    EapPeerSm::Config config;
    config.identity = "alice";
    config.password = password;
    config.nonce = std::vector<uint8_t>(32, 0x42);
    return config;
}

/// A complete exchange accepted.
class RadiusAcceptTestCase : public TestCase
{
  public:
    RadiusAcceptTestCase()
        : TestCase("RADIUS server: PEAP-MSCHAPv2 model accepted, MSK, rounds, timing")
    {
    }

  private:
    void DoRun() override
    {
        TestBed bed(true, SECRET);
        Authenticator auth(PeerConfig("wonderland"), bed.client);
        Simulator::Schedule(Seconds(1), &Authenticator::Start, &auth);
        Simulator::Stop(Seconds(30));
        Simulator::Run();
        WLC_REQUIRE_EQ(auth.done, true, "finished");
        NS_TEST_EXPECT_MSG_EQ(OutcomeName(auth.final.outcome), "ACCEPT", auth.final.reason);
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(auth.peerOutcome), "SUCCESS", "peer");
        NS_TEST_EXPECT_MSG_EQ(auth.final.msk.size(), 64u, "MSK from MS-MPPE keys");
        NS_TEST_EXPECT_MSG_EQ(wlctest::HexString(auth.final.msk),
                              wlctest::HexString(auth.peerMsk),
                              "NAS and peer have the same MSK");
        NS_TEST_EXPECT_MSG_EQ(auth.final.sessionTimeout, 1800u, "Session-Timeout");
        NS_TEST_EXPECT_MSG_EQ(bed.tx, 10u, "10 Access-Requests on the wire");
        NS_TEST_EXPECT_MSG_EQ(bed.client->GetTxCount(), 10u, "count");
        NS_TEST_EXPECT_MSG_EQ(auth.challenges, 9u, "9 Access-Challenges");
        NS_TEST_EXPECT_MSG_GT_OR_EQ((auth.end - auth.start).GetMicroSeconds(),
                                    MilliSeconds(20).GetMicroSeconds(),
                                    "at least 10 x 2 ms processing");
        NS_TEST_EXPECT_MSG_LT((auth.end - auth.start).GetMicroSeconds(),
                              MilliSeconds(40).GetMicroSeconds(),
                              "and not much more on a LAN");
        NS_TEST_EXPECT_MSG_EQ(bed.clientDrops, 0u, "client dropped nothing");
        NS_TEST_EXPECT_MSG_EQ(bed.serverDrops, 0u, "server dropped nothing");
        WLC_REQUIRE_EQ(bed.accepted.size(), 1u, "Accepted trace");
        NS_TEST_EXPECT_MSG_EQ(bed.accepted[0], "alice|02-00-00-00-00-01", "user and station");
        NS_TEST_EXPECT_MSG_EQ(bed.server->GetAcceptCount(), 1u, "accept count");
        NS_TEST_EXPECT_MSG_EQ(bed.server->GetRequestCount(), 10u, "requests");
        NS_TEST_EXPECT_MSG_EQ(bed.server->GetSessionCount(), 0u, "session closed");
        NS_TEST_EXPECT_MSG_EQ(bed.client->GetOutstandingCount(), 0u, "nothing outstanding");
        Simulator::Destroy();

        // Another round count and processing delay.
        TestBed bed2(true, SECRET);
        bed2.server->SetAttribute("RoundTrips", UintegerValue(4));
        bed2.server->SetAttribute("ProcessingDelay", TimeValue(MilliSeconds(50)));
        Authenticator auth2(PeerConfig("wonderland"), bed2.client);
        Simulator::Schedule(Seconds(1), &Authenticator::Start, &auth2);
        Simulator::Stop(Seconds(30));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(OutcomeName(auth2.final.outcome), "ACCEPT", auth2.final.reason);
        NS_TEST_EXPECT_MSG_EQ(bed2.tx, 4u, "4 Access-Requests");
        NS_TEST_EXPECT_MSG_GT_OR_EQ((auth2.end - auth2.start).GetMicroSeconds(),
                                    MilliSeconds(200).GetMicroSeconds(),
                                    "4 x 50 ms");
        NS_TEST_EXPECT_MSG_EQ((auth2.final.msk == auth2.peerMsk), true, "MSK");
        Simulator::Destroy();
    }
};

/// Rejection, absent server, wrong secret.
class RadiusFailureTestCase : public TestCase
{
  public:
    RadiusFailureTestCase()
        : TestCase("RADIUS server: wrong password, no server, wrong secret, unknown NAS")
    {
    }

  private:
    void DoRun() override
    {
        {
            TestBed bed(true, SECRET);
            Authenticator auth(PeerConfig("guess"), bed.client);
            Simulator::Schedule(Seconds(1), &Authenticator::Start, &auth);
            Simulator::Stop(Seconds(30));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(OutcomeName(auth.final.outcome), "REJECT", "Access-Reject");
            NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(auth.peerOutcome),
                                  "FAILURE",
                                  "EAP-Failure relayed to the peer");
            NS_TEST_EXPECT_MSG_EQ(auth.final.msk.size(), 0u, "no keys");
            NS_TEST_EXPECT_MSG_EQ(bed.tx, 9u, "rejected at the peer proof");
            WLC_REQUIRE_EQ(bed.rejected.size(), 1u, "Rejected trace");
            NS_TEST_EXPECT_MSG_EQ(bed.rejected[0], "alice|wrong password for alice", "reason");
            NS_TEST_EXPECT_MSG_EQ(bed.server->GetSessionCount(), 0u, "session closed");
            Simulator::Destroy();
        }
        {
            TestBed bed(false, SECRET);
            Authenticator auth(PeerConfig("wonderland"), bed.client);
            Simulator::Schedule(Seconds(1), &Authenticator::Start, &auth);
            Simulator::Stop(Seconds(60));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(auth.done, true, "finished");
            NS_TEST_EXPECT_MSG_EQ(OutcomeName(auth.final.outcome), "TIMEOUT", "no server");
            NS_TEST_EXPECT_MSG_EQ(bed.tx, 3u, "1 + MaxRetransmissions (2) transmissions");
            NS_TEST_EXPECT_MSG_EQ((auth.end - auth.start).GetMilliSeconds(),
                                  6000,
                                  "3 x Timeout (2 s)");
            NS_TEST_EXPECT_MSG_EQ(bed.client->GetOutstandingCount(), 0u, "forgotten");
            Simulator::Destroy();
        }
        {
            TestBed bed(true, "not-the-secret");
            bed.client->SetAttribute("MaxRetransmissions", UintegerValue(4));
            Authenticator auth(PeerConfig("wonderland"), bed.client);
            Simulator::Schedule(Seconds(1), &Authenticator::Start, &auth);
            Simulator::Stop(Seconds(60));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(OutcomeName(auth.final.outcome), "TIMEOUT", "wrong secret");
            NS_TEST_EXPECT_MSG_EQ(bed.tx, 5u, "1 + 4 transmissions");
            NS_TEST_EXPECT_MSG_EQ(bed.serverDrops, 5u, "each dropped by the server");
            NS_TEST_EXPECT_MSG_EQ(bed.server->GetDropCount(), 5u, "drop count");
            NS_TEST_EXPECT_MSG_EQ(bed.lastServerDrop, "bad Message-Authenticator", "reason");
            WLC_REQUIRE_EQ(bed.txSizes.size(), 5u, "sizes");
            NS_TEST_EXPECT_MSG_EQ(bed.txSizes[4], bed.txSizes[0], "the same packet again");
            NS_TEST_EXPECT_MSG_EQ(bed.server->GetRequestCount(), 0u, "none processed");
            NS_TEST_EXPECT_MSG_EQ(bed.server->GetSessionCount(), 0u, "no session");
            Simulator::Destroy();
        }
        {
            // The server knows another NAS only.
            TestBed bed(false, SECRET);
            Ptr<RadiusServer> server = CreateObject<RadiusServer>();
            server->AddClient(Ipv4Address("10.1.0.9"), SECRET);
            server->AddUser("alice", "wonderland");
            bed.nodes.Get(1)->AddApplication(server);
            Authenticator auth(PeerConfig("wonderland"), bed.client);
            Simulator::Schedule(Seconds(1), &Authenticator::Start, &auth);
            Simulator::Stop(Seconds(60));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(OutcomeName(auth.final.outcome), "TIMEOUT", "unknown NAS");
            NS_TEST_EXPECT_MSG_EQ(server->GetDropCount(), 3u, "dropped");
            Simulator::Destroy();
        }
    }
};

/// Receives datagrams on a test socket.
struct Catcher
{
    std::vector<std::vector<uint8_t>> datagrams; //!< received

    /// \param socket the socket
    void OnReceive(Ptr<Socket> socket)
    {
        while (Ptr<Packet> packet = socket->Recv())
        {
            datagrams.push_back(ByteReader::PacketBytes(packet));
        }
    }
};

/// Duplicate Access-Requests.
class RadiusDuplicateTestCase : public TestCase
{
  public:
    RadiusDuplicateTestCase()
        : TestCase("RADIUS server: duplicate Access-Request answered from the cache")
    {
    }

  private:
    void DoRun() override
    {
        TestBed bed(true, SECRET);
        Ptr<Socket> socket = Socket::CreateSocket(bed.nodes.Get(0), UdpSocketFactory::GetTypeId());
        socket->Bind(InetSocketAddress(Ipv4Address("10.1.0.1"), 40000));
        Catcher catcher;
        socket->SetRecvCallback(MakeCallback(&Catcher::OnReceive, &catcher));
        RadiusPacket request(RadiusPacket::ACCESS_REQUEST, 77);
        RadiusPacket::Authenticator authenticator;
        authenticator.fill(0x3c);
        request.SetAuthenticator(authenticator);
        request.AddStringAttribute(RadiusPacket::USER_NAME, "alice");
        request.SetEapMessage(
            EapPacket(EapPacket::RESPONSE, 1, EapPacket::IDENTITY, {'a', 'l', 'i', 'c', 'e'})
                .Encode());
        std::vector<uint8_t> bytes = request.EncodeRequest(SECRET);
        auto send = [&socket, bytes]() {
            socket->SendTo(Create<Packet>(bytes.data(), bytes.size()),
                           0,
                           InetSocketAddress(Ipv4Address("10.1.0.2"), 1812));
        };
        Simulator::Schedule(Seconds(1), send);
        Simulator::Schedule(Seconds(1) + MicroSeconds(500), send); // reply not ready yet
        Simulator::Schedule(Seconds(2), send);                     // reply cached
        Simulator::Stop(Seconds(5));
        Simulator::Run();
        WLC_REQUIRE_EQ(catcher.datagrams.size(), 2u, "two replies");
        NS_TEST_EXPECT_MSG_EQ(wlctest::HexString(catcher.datagrams[0]),
                              wlctest::HexString(catcher.datagrams[1]),
                              "the same reply");
        RadiusPacket reply;
        std::string why;
        WLC_REQUIRE_EQ(RadiusPacket::Decode(catcher.datagrams[0], reply, why), true, why);
        NS_TEST_EXPECT_MSG_EQ(unsigned(reply.GetCode()), 11u, "Access-Challenge");
        NS_TEST_EXPECT_MSG_EQ(unsigned(reply.GetIdentifier()), 77u, "identifier");
        NS_TEST_EXPECT_MSG_EQ(
            RadiusPacket::VerifyResponseAuthenticator(catcher.datagrams[0], authenticator, SECRET),
            true,
            "Response Authenticator");
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::VerifyMessageAuthenticator(catcher.datagrams[0],
                                                                       SECRET,
                                                                       &authenticator,
                                                                       true,
                                                                       why),
                              true,
                              why);
        NS_TEST_EXPECT_MSG_EQ(reply.CountAttributes(RadiusPacket::STATE), 1u, "State");
        NS_TEST_EXPECT_MSG_EQ(bed.server->GetRequestCount(), 1u, "processed once");
        NS_TEST_EXPECT_MSG_EQ(bed.server->GetDuplicateCount(), 2u, "two duplicates");
        NS_TEST_EXPECT_MSG_EQ(bed.server->GetSessionCount(), 1u, "one session");
        socket->Close();
        Simulator::Destroy();
    }
};

/// A fake RADIUS server that answers the first Access-Request with forged responses and the
/// second (the retransmission) with a valid Access-Accept.
struct ForgingServer
{
    Ptr<Socket> socket;       //!< bound to 10.1.0.2:1812
    uint32_t requests{0};     //!< Access-Requests received
    std::vector<uint8_t> msk; //!< the MSK sent in the Access-Accept

    /// \param s the socket with data
    void OnReceive(Ptr<Socket> s)
    {
        Address from;
        while (Ptr<Packet> packet = s->RecvFrom(from))
        {
            Answer(ByteReader::PacketBytes(packet), from);
        }
    }

    /// \param bytes a datagram \param to where to send the replies
    void Answer(const std::vector<uint8_t>& bytes, const Address& to)
    {
        RadiusPacket request;
        std::string why;
        if (!RadiusPacket::Decode(bytes, request, why))
        {
            return;
        }
        ++requests;
        const RadiusPacket::Authenticator& ra = request.GetAuthenticator();
        RadiusPacket accept(RadiusPacket::ACCESS_ACCEPT, request.GetIdentifier());
        std::vector<uint8_t> recvKey(msk.begin(), msk.begin() + 32);
        std::vector<uint8_t> sendKey(msk.begin() + 32, msk.end());
        accept.AddVendorAttribute(311, 17, RadiusPacket::EncryptMppeKey(recvKey, SECRET, ra, 1));
        accept.AddVendorAttribute(311, 16, RadiusPacket::EncryptMppeKey(sendKey, SECRET, ra, 2));
        accept.AddIntegerAttribute(RadiusPacket::SESSION_TIMEOUT, 600);
        accept.SetEapMessage(EapPacket::MakeResult(EapPacket::SUCCESS, 2).Encode());
        std::vector<std::vector<uint8_t>> replies;
        if (requests == 1)
        {
            // 1. another secret: bad Response Authenticator
            replies.push_back(accept.EncodeResponse(ra, "other-secret"));
            // 2. another identifier: matches no outstanding request
            RadiusPacket other = accept;
            other.SetIdentifier(static_cast<uint8_t>(request.GetIdentifier() + 1));
            replies.push_back(other.EncodeResponse(ra, SECRET));
            // 3. a bad Message-Authenticator under a correct Response Authenticator
            std::vector<uint8_t> badMac = accept.EncodeResponse(ra, SECRET);
            badMac[badMac.size() - 1] ^= 0x01; // the Message-Authenticator is last
            std::vector<uint8_t> data = badMac;
            std::copy(ra.begin(), ra.end(), data.begin() + 4);
            data.insert(data.end(), SECRET.begin(), SECRET.end());
            std::vector<uint8_t> digest = RadiusPacket::Md5(data);
            std::copy(digest.begin(), digest.end(), badMac.begin() + 4);
            replies.push_back(badMac);
            // 4. an Access-Request sent to the NAS
            replies.push_back(bytes);
            // 5. garbage
            replies.push_back({0x02, 0x00, 0x00});
        }
        else
        {
            replies.push_back(accept.EncodeResponse(ra, SECRET));
        }
        // Spaced out and late enough for ARP resolution (ArpCache PendingQueueSize is 3).
        for (std::size_t i = 0; i < replies.size(); ++i)
        {
            Ptr<Packet> packet = Create<Packet>(replies[i].data(), replies[i].size());
            Ptr<Socket> s = socket;
            Simulator::Schedule(MilliSeconds(100 + 5 * i),
                                [s, packet, to]() { s->SendTo(packet, 0, to); });
        }
    }
};

/// The client's checks of responses.
class RadiusClientChecksTestCase : public TestCase
{
  public:
    RadiusClientChecksTestCase()
        : TestCase("RADIUS client: forged, unmatched and malformed responses dropped")
    {
    }

  private:
    void DoRun() override
    {
        TestBed bed(false, SECRET);
        ForgingServer forger;
        for (std::size_t i = 0; i < 64; ++i)
        {
            forger.msk.push_back(static_cast<uint8_t>(0xa0 + i));
        }
        forger.socket = Socket::CreateSocket(bed.nodes.Get(1), UdpSocketFactory::GetTypeId());
        forger.socket->Bind(InetSocketAddress(Ipv4Address::GetAny(), 1812));
        forger.socket->SetRecvCallback(MakeCallback(&ForgingServer::OnReceive, &forger));
        RadiusClient::Request request;
        request.station = STATION;
        request.bssid = BSSID;
        request.ssid = "corp";
        request.userName = "alice";
        request.eap = EapPacket(EapPacket::RESPONSE, 2, EapPacket::EXPERIMENTAL, {0}).Encode();
        RadiusClient::Reply reply;
        bool answered = false;
        Time when;
        Simulator::Schedule(Seconds(1), [&]() {
            bed.client->Send(request, [&](const RadiusClient::Reply& r) {
                reply = r;
                answered = true;
                when = Simulator::Now();
            });
        });
        Simulator::Stop(Seconds(20));
        Simulator::Run();
        WLC_REQUIRE_EQ(answered, true, "answered");
        NS_TEST_EXPECT_MSG_EQ(OutcomeName(reply.outcome), "ACCEPT", "the valid Access-Accept");
        NS_TEST_EXPECT_MSG_EQ(forger.requests, 2u, "answered after one retransmission");
        NS_TEST_EXPECT_MSG_EQ(bed.tx, 2u, "two transmissions");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(when.GetMilliSeconds(), 3000, "after the 2 s timeout");
        NS_TEST_EXPECT_MSG_EQ(wlctest::HexString(reply.msk),
                              wlctest::HexString(forger.msk),
                              "MSK = MS-MPPE-Recv-Key || MS-MPPE-Send-Key");
        NS_TEST_EXPECT_MSG_EQ(reply.sessionTimeout, 600u, "Session-Timeout");
        NS_TEST_EXPECT_MSG_EQ(HexString(reply.eap), HexString(HexBytes("03 02 0004")), "EAP");
        WLC_REQUIRE_EQ(bed.clientDropReasons.size(), 5u, "5 forged responses dropped");
        NS_TEST_EXPECT_MSG_EQ(bed.client->GetDropCount(), 5u, "drop count");
        NS_TEST_EXPECT_MSG_EQ(bed.clientDropReasons[0], "bad Response Authenticator", "1");
        NS_TEST_EXPECT_MSG_EQ(bed.clientDropReasons[1].find("no outstanding request"),
                              0u,
                              "2: " << bed.clientDropReasons[1]);
        NS_TEST_EXPECT_MSG_EQ(bed.clientDropReasons[2], "bad Message-Authenticator", "3");
        NS_TEST_EXPECT_MSG_EQ(bed.clientDropReasons[3], "unexpected Access-Request", "4");
        NS_TEST_EXPECT_MSG_EQ(bed.clientDropReasons[4],
                              "RADIUS packet shorter than its 20-octet header",
                              "5");
        forger.socket->Close();
        Simulator::Destroy();
    }
};

/// \param text a string \return it quoted for /bin/sh
std::string
ShellQuote(const std::string& text)
{
    std::string quoted = "'";
    for (char c : text)
    {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

/**
 * Run a shell command (as wlc-system-test-fixture.h RunCommand, which this suite does not
 * include to stay independent of the roaming scenario).
 * \param command the command line
 * \param output its standard output
 * \return its exit status, -1 if it did not exit normally
 */
int
RunShell(const std::string& command, std::string& output)
{
    output.clear();
    FILE* pipe = popen(("( " + command + " ) 2>/dev/null").c_str(), "r");
    if (pipe == nullptr)
    {
        return -1;
    }
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    {
        output.append(buffer.data(), n);
    }
    int status = pclose(pipe);
    return status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// \param text text \param what a substring \return how many times it occurs
std::size_t
Count(const std::string& text, const std::string& what)
{
    std::size_t count = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    {
        ++count;
    }
    return count;
}

/// tshark decodes a capture of a complete exchange.
class RadiusPcapTestCase : public TestCase
{
  public:
    RadiusPcapTestCase()
        : TestCase("RADIUS server: tshark decodes RADIUS and EAP of a complete exchange")
    {
    }

  private:
    void DoRun() override
    {
        std::string output;
        if (RunShell("command -v tshark", output) != 0)
        {
            std::cerr << "SKIPPED: tshark not installed" << std::endl;
            return;
        }
        std::string dir = wlctest::FreshTempDir("radius-pcap");
        {
            TestBed bed(true, SECRET, dir);
            Authenticator auth(PeerConfig("wonderland"), bed.client);
            Simulator::Schedule(Seconds(1), &Authenticator::Start, &auth);
            Simulator::Stop(Seconds(10));
            Simulator::Run();
            WLC_REQUIRE_EQ(OutcomeName(auth.final.outcome), "ACCEPT", auth.final.reason);
            Simulator::Destroy();
        }
        std::string pcap = dir + "/radius-1-0.pcap";
        WLC_REQUIRE_EQ(std::filesystem::exists(pcap), true, pcap);
        // tshark 4.0: radius.shared_secret decrypts and checks, radius.validate_authenticator
        // checks the Response Authenticators.
        std::string tshark = "tshark -n -r " + ShellQuote(pcap) +
                             " -o radius.shared_secret:" + SECRET +
                             " -o radius.validate_authenticator:TRUE";
        int status = RunShell(tshark + " -V", output);
        WLC_REQUIRE_EQ(status, 0, "tshark -V");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Code: Access-Request (1)"), 10u, "10 requests");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Code: Access-Challenge (11)"), 9u, "9 challenges");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Code: Access-Accept (2)"), 1u, "1 accept");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Extensible Authentication Protocol"),
                              20u,
                              "EAP decoded in every packet");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Type: Experimental (255)"),
                              18u,
                              "9 method requests and 9 responses shown as Experimental");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Code: Success (3)"), 1u, "EAP-Success");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Identity: alice"), 1u, "Response/Identity");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Malformed"), 0u, "nothing malformed");
        // tshark 4.0 checks the Response Authenticators ("[correct]" / "[incorrect, should
        // be ...]"); it does not check Message-Authenticators (the packet tests do).
        NS_TEST_EXPECT_MSG_EQ(Count(output, "incorrect") + Count(output, "Incorrect"),
                              0u,
                              "no incorrect authenticator");
        NS_TEST_EXPECT_MSG_EQ(Count(output, " [correct]"),
                              10u,
                              "10 Response Authenticators correct");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Message-Authenticator(80) l=18"),
                              20u,
                              "a Message-Authenticator in every packet");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "VSA: t=MS-MPPE-Recv-Key(17) l=52"),
                              1u,
                              "MS-MPPE-Recv-Key: Salt + 48 octets (RFC 2548 §2.4.3)");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "VSA: t=MS-MPPE-Send-Key(16) l=52"),
                              1u,
                              "MS-MPPE-Send-Key");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Calling-Station-Id: 02-00-00-00-00-01"),
                              10u,
                              "Calling-Station-Id");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Called-Station-Id: 0A-00-00-00-00-01:corp"),
                              10u,
                              "Called-Station-Id");
        // Expert errors and warnings.
        status = RunShell(tshark + " -q -z expert,warn", output);
        NS_TEST_EXPECT_MSG_EQ(status, 0, "tshark -z expert");
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Errors ("), 0u, "no expert errors: " << output);
        NS_TEST_EXPECT_MSG_EQ(Count(output, "Warns ("), 0u, "no expert warnings: " << output);
    }
};

/// The suite.
class RadiusServerTestSuite : public TestSuite
{
  public:
    RadiusServerTestSuite()
        : TestSuite("wlc-radius-server", WLC_TEST_SYSTEM)
    {
        AddTestCase(new RadiusAcceptTestCase(), WLC_TEST_QUICK);
        AddTestCase(new RadiusFailureTestCase(), WLC_TEST_QUICK);
        AddTestCase(new RadiusDuplicateTestCase(), WLC_TEST_QUICK);
        AddTestCase(new RadiusClientChecksTestCase(), WLC_TEST_QUICK);
        AddTestCase(new RadiusPcapTestCase(), WLC_TEST_QUICK);
    }
};

/// Registers the suite.
RadiusServerTestSuite g_radiusServerTestSuite;

} // namespace
} // namespace ns3
