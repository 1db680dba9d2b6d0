/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-test-util.h"

#include "ns3/eap-method-profile.h"
#include "ns3/eap-modelled-method.h"
#include "ns3/eap-packet.h"
#include "ns3/eap-peer-sm.h"
#include "ns3/eap-server-sm.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <random>
#include <string>
#include <vector>

/**
 * \file
 * \ingroup wlc-tests
 * EAP packets (RFC 3748 §4) and the modelled PEAP-MSCHAPv2 method: exact images written from
 * the RFC's layout, decoder checks, the keys against values computed independently with
 * Python's hmac module, and complete EapPeerSm / EapServerSm exchanges (rounds, sizes, MSK,
 * wrong password, unknown user, bad server proof, retransmissions, garbage).
 */

namespace ns3
{
namespace
{

using wlctest::HexBytes;
using wlctest::HexString;
using wlctest::Sequence;
using PeerAction = EapPeerSm::Result::Action;
using ServerAction = EapServerSm::Result::Action;

/// EapPacket images and decoding.
class EapPacketTestCase : public TestCase
{
  public:
    EapPacketTestCase()
        : TestCase("EAP packet: images, lengths, padding, codes")
    {
    }

  private:
    void DoRun() override
    {
        // RFC 3748 §4: Code | Identifier | Length (2) | Type | Type-Data.
        EapPacket request;
        request.SetIdentifier(1);
        NS_TEST_EXPECT_MSG_EQ(HexString(request.Encode()),
                              HexString(HexBytes("01 01 0005 01")),
                              "Request/Identity");
        EapPacket identity(EapPacket::RESPONSE, 1, EapPacket::IDENTITY, {'u', 's', 'e', 'r'});
        NS_TEST_EXPECT_MSG_EQ(HexString(identity.Encode()),
                              HexString(HexBytes("02 01 0009 01 75736572")),
                              "Response/Identity");
        NS_TEST_EXPECT_MSG_EQ(HexString(EapPacket::MakeResult(EapPacket::SUCCESS, 7).Encode()),
                              HexString(HexBytes("03 07 0004")),
                              "Success (§4.2: no data)");
        NS_TEST_EXPECT_MSG_EQ(HexString(EapPacket::MakeResult(EapPacket::FAILURE, 9).Encode()),
                              HexString(HexBytes("04 09 0004")),
                              "Failure");
        EapPacket experimental(EapPacket::REQUEST, 0xfe, EapPacket::EXPERIMENTAL, {0xab});
        NS_TEST_EXPECT_MSG_EQ(HexString(experimental.Encode()),
                              HexString(HexBytes("01 fe 0006 ff ab")),
                              "Request/Experimental");

        EapPacket packet;
        std::string why;
        WLC_REQUIRE_EQ(EapPacket::Decode(HexBytes("02 01 0009 01 75736572"), packet, why),
                       true,
                       why);
        NS_TEST_EXPECT_MSG_EQ(unsigned(packet.GetCode()), 2u, "code");
        NS_TEST_EXPECT_MSG_EQ(unsigned(packet.GetIdentifier()), 1u, "identifier");
        NS_TEST_EXPECT_MSG_EQ(unsigned(packet.GetType()), 1u, "type");
        NS_TEST_EXPECT_MSG_EQ(std::string(packet.GetTypeData().begin(), packet.GetTypeData().end()),
                              "user",
                              "identity");
        // Ethernet padding after Length is ignored (§4.1).
        WLC_REQUIRE_EQ(EapPacket::Decode(HexBytes("03 05 0004 0000 0000"), packet, why), true, why);
        NS_TEST_EXPECT_MSG_EQ(packet.GetTrailingBytes(), 4u, "padding counted");
        NS_TEST_EXPECT_MSG_EQ(unsigned(packet.GetCode()), 3u, "Success");
        WLC_REQUIRE_EQ(EapPacket::Decode(HexBytes("01 01 0005 01 ffff"), packet, why), true, why);
        NS_TEST_EXPECT_MSG_EQ(packet.GetTypeData().size(), 0u, "padding not in the type data");

        struct Bad
        {
            const char* hex;
            const char* what;
        };

        for (const Bad& bad : {
                 Bad{"", "empty"},
                 Bad{"01 01 00", "shorter than the header"},
                 Bad{"01 01 0003 01", "Length 3"},
                 Bad{"01 01 0000", "Length 0"},
                 Bad{"01 01 0006 01", "Length beyond the bytes"},
                 Bad{"03 01 0005 00", "Success with Length 5"},
                 Bad{"04 01 0005 00", "Failure with Length 5"},
                 Bad{"01 01 0004", "Request without a Type"},
                 Bad{"02 01 0004 01", "Response with Length 4"},
                 Bad{"00 01 0004", "code 0"},
                 Bad{"05 01 0004", "code 5"},
             })
        {
            NS_TEST_EXPECT_MSG_EQ(EapPacket::Decode(HexBytes(bad.hex), packet, why),
                                  false,
                                  bad.what);
        }
        EapPacket::Decode(HexBytes("04 01 0005 00"), packet, why);
        NS_TEST_EXPECT_MSG_EQ(why, "EAP-Failure with Length 5, not 4", "reason");
        std::vector<uint8_t> good = HexBytes("02 01 0009 01 75736572");
        for (std::size_t size = 0; size < good.size(); ++size)
        {
            std::vector<uint8_t> cut(good.begin(), good.begin() + size);
            NS_TEST_EXPECT_MSG_EQ(EapPacket::Decode(cut, packet, why),
                                  false,
                                  "truncated to " << size);
        }
        NS_TEST_EXPECT_MSG_EQ(EapPacket::CodeName(1), "Request", "name");
        NS_TEST_EXPECT_MSG_EQ(EapPacket::CodeName(2), "Response", "name");
        NS_TEST_EXPECT_MSG_EQ(EapPacket::CodeName(3), "Success", "name");
        NS_TEST_EXPECT_MSG_EQ(EapPacket::CodeName(4), "Failure", "name");
        NS_TEST_EXPECT_MSG_EQ(EapPacket::CodeName(9), "Code 9", "name");
    }
};

/// The profile and its resizing; the keys against independent values.
class EapProfileAndKeysTestCase : public TestCase
{
  public:
    EapProfileAndKeysTestCase()
        : TestCase("EAP method profile (PEAP-MSCHAPv2), resizing, key derivation known answers")
    {
    }

  private:
    void DoRun() override
    {
        EapMethodProfile peap = EapMethodProfile::PeapMsChapV2();
        WLC_REQUIRE_EQ(peap.GetRounds(), 9u, "9 method rounds + Identity = 10");
        NS_TEST_EXPECT_MSG_EQ(peap.requestSizes[0], 6, "PEAP Start");
        NS_TEST_EXPECT_MSG_EQ(peap.requestSizes[1], 1004, "certificate fragment");
        NS_TEST_EXPECT_MSG_EQ(peap.requestSizes[2], 1004, "certificate fragment");
        NS_TEST_EXPECT_MSG_EQ(peap.responseSizes[1], 6, "ACK");
        NS_TEST_EXPECT_MSG_EQ(peap.responseSizes[2], 6, "ACK");

        EapMethodProfile shorter = peap.Resize(3);
        WLC_REQUIRE_EQ(shorter.GetRounds(), 3u, "3 rounds");
        NS_TEST_EXPECT_MSG_EQ(shorter.requestSizes[0], 6, "first kept");
        NS_TEST_EXPECT_MSG_EQ(shorter.requestSizes[1], 90, "tail kept");
        NS_TEST_EXPECT_MSG_EQ(shorter.requestSizes[2], 45, "last kept");
        NS_TEST_EXPECT_MSG_EQ(shorter.responseSizes[0], 200, "first kept");
        NS_TEST_EXPECT_MSG_EQ(shorter.responseSizes[2], 45, "last kept");
        EapMethodProfile longer = peap.Resize(12);
        WLC_REQUIRE_EQ(longer.GetRounds(), 12u, "12 rounds");
        for (std::size_t i = 1; i <= 5; ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(longer.requestSizes[i], 1004, "more certificate fragments");
            NS_TEST_EXPECT_MSG_EQ(longer.responseSizes[i], 6, "more ACKs");
        }
        NS_TEST_EXPECT_MSG_EQ(longer.requestSizes[6], 450, "then the rest");
        NS_TEST_EXPECT_MSG_EQ(longer.requestSizes[11], 45, "last");

        EapMethodProfile effective = EapModelledMethod::Effective(peap, 9);
        NS_TEST_EXPECT_MSG_EQ(effective.requestSizes[0],
                              41,
                              "PEAP Start enlarged: 5 + header 4 + Ns 32");
        for (std::size_t i = 1; i < 9; ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(effective.requestSizes[i], peap.requestSizes[i], "request " << i);
        }
        for (std::size_t i = 0; i < 9; ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(effective.responseSizes[i],
                                  peap.responseSizes[i],
                                  "response " << i);
        }

        // Known answers computed with Python's hmac/hashlib (not with this code):
        // K = HMAC-SHA1("wonderland", "wlc modelled EAP key" || "alice"), Ns = 00..1f,
        // Np = 20..3f, PRF as IEEE 802.11 PRF-512.
        std::vector<uint8_t> key = EapModelledMethod::PasswordKey("wonderland", "alice");
        NS_TEST_EXPECT_MSG_EQ(HexString(key),
                              HexString(HexBytes("67912823cdef8d1c6199d8c4f129c17d07df83f8")),
                              "K");
        std::vector<uint8_t> ns = Sequence(0x00, 32);
        std::vector<uint8_t> np = Sequence(0x20, 32);
        NS_TEST_EXPECT_MSG_EQ(HexString(EapModelledMethod::ServerProof(key, ns, np)),
                              HexString(HexBytes("a423dc577ed10b1900e270a2f0f5258c42e4ccfe")),
                              "server proof");
        NS_TEST_EXPECT_MSG_EQ(HexString(EapModelledMethod::PeerProof(key, ns, np)),
                              HexString(HexBytes("6b4e4ce2bfa64af90ccc4e2ec1ce9f7e613271ca")),
                              "peer proof");
        NS_TEST_EXPECT_MSG_EQ(
            HexString(EapModelledMethod::Msk(key, ns, np)),
            HexString(HexBytes("587e02e2e3f3569873f8f6dac402b8c9156984a8d45c699982f696e4d7260424"
                               "1c29639945d326cdee0ecfd3a71cdaffc4ae2b11cb645317aca43f52a81a6f3f")),
            "MSK");
    }
};

/// What a complete exchange produced.
struct Exchange
{
    std::vector<std::size_t> requestSizes;             //!< EAP-Request lengths
    std::vector<std::size_t> responseSizes;            //!< EAP-Response lengths (Identity first)
    uint32_t roundTrips{0};                            //!< responses given to the server
    ServerAction serverOutcome{ServerAction::IGNORED}; //!< server's last action
    PeerAction peerOutcome{PeerAction::IGNORED};       //!< peer's last action
    std::vector<uint8_t> serverMsk;                    //!< server's MSK
    std::vector<uint8_t> peerMsk;                      //!< peer's MSK
    std::string reason;                                //!< server's reject reason
};

/**
 * Run an exchange as the authenticator would: Request/Identity, then relay.
 * \param peer the peer
 * \param server the server
 * \return what happened
 */
Exchange
RunExchange(EapPeerSm& peer, EapServerSm& server)
{
    Exchange exchange;
    EapPacket identityRequest;
    identityRequest.SetIdentifier(0x37);
    EapPeerSm::Result p = peer.OnReceive(identityRequest.Encode());
    for (int guard = 0; guard < 1000 && p.action == PeerAction::SEND; ++guard)
    {
        exchange.responseSizes.push_back(p.eap.size());
        ++exchange.roundTrips;
        EapServerSm::Result s = server.OnResponse(p.eap);
        exchange.serverOutcome = s.action;
        if (s.action == ServerAction::IGNORED)
        {
            exchange.reason = s.reason;
            break;
        }
        if (s.action == ServerAction::CHALLENGE)
        {
            exchange.requestSizes.push_back(s.eap.size());
        }
        exchange.serverMsk = s.msk;
        if (s.action == ServerAction::REJECT)
        {
            exchange.reason = s.reason;
        }
        p = peer.OnReceive(s.eap);
    }
    exchange.peerOutcome = p.action;
    exchange.peerMsk = p.msk;
    return exchange;
}

/// \param password the peer's password \return a peer for "alice"
EapPeerSm
MakePeer(const std::string& password)
{
    EapPeerSm::Config config;
    config.identity = "alice";
    config.password = password;
    config.nonce = Sequence(0x20, 32);
    return EapPeerSm(config);
}

/// \param password the server's password for the user \param rounds round trips
/// \return a server
EapServerSm
MakeServer(const std::string& password, uint32_t rounds = 10)
{
    EapServerSm::Config config;
    config.password = password;
    config.nonce = Sequence(0x00, 32);
    config.rounds = rounds;
    return EapServerSm(config);
}

/// Complete exchanges.
class EapExchangeTestCase : public TestCase
{
  public:
    EapExchangeTestCase()
        : TestCase("EAP peer and server: complete exchanges, sizes, rounds, MSK")
    {
    }

  private:
    void DoRun() override
    {
        EapMethodProfile peap = EapMethodProfile::PeapMsChapV2();
        EapPeerSm peer = MakePeer("wonderland");
        EapServerSm server = MakeServer("wonderland");
        Exchange exchange = RunExchange(peer, server);
        WLC_REQUIRE_EQ(EapServerSm::ActionName(exchange.serverOutcome),
                       "ACCEPT",
                       "server accepts: " << exchange.reason);
        WLC_REQUIRE_EQ(EapPeerSm::ActionName(exchange.peerOutcome), "SUCCESS", "peer");
        NS_TEST_EXPECT_MSG_EQ(exchange.roundTrips, 10u, "10 round trips including Identity");
        WLC_REQUIRE_EQ(exchange.requestSizes.size(), 9u, "9 method requests");
        WLC_REQUIRE_EQ(exchange.responseSizes.size(), 10u, "10 responses");
        NS_TEST_EXPECT_MSG_EQ(exchange.responseSizes[0], 10u, "Response/Identity: 5 + 'alice'");
        NS_TEST_EXPECT_MSG_EQ(exchange.requestSizes[0], 41u, "first request: 5 + 4 + 32");
        for (std::size_t i = 1; i < 9; ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(exchange.requestSizes[i], peap.requestSizes[i], "request " << i);
        }
        for (std::size_t i = 0; i < 9; ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(exchange.responseSizes[i + 1],
                                  peap.responseSizes[i],
                                  "response " << i);
        }
        NS_TEST_EXPECT_MSG_EQ(exchange.serverMsk.size(), 64u, "server MSK");
        NS_TEST_EXPECT_MSG_EQ(HexString(exchange.peerMsk),
                              HexString(exchange.serverMsk),
                              "same MSK");
        // Same nonces and credential as the known answer above.
        NS_TEST_EXPECT_MSG_EQ(
            HexString(exchange.peerMsk),
            HexString(HexBytes("587e02e2e3f3569873f8f6dac402b8c9156984a8d45c699982f696e4d7260424"
                               "1c29639945d326cdee0ecfd3a71cdaffc4ae2b11cb645317aca43f52a81a6f3f")),
            "MSK known answer");
        NS_TEST_EXPECT_MSG_EQ(peer.GetRoundsAnswered(), 9u, "peer answered 9 method rounds");
        NS_TEST_EXPECT_MSG_EQ(server.GetIdentity(), "alice", "identity");

        // Other round counts: the server gives rounds - 1 CHALLENGEs and one ACCEPT.
        for (uint32_t rounds : {3u, 4u, 10u, 11u, 25u})
        {
            EapPeerSm p = MakePeer("pw");
            EapServerSm s = MakeServer("pw", rounds);
            Exchange e = RunExchange(p, s);
            NS_TEST_EXPECT_MSG_EQ(EapServerSm::ActionName(e.serverOutcome),
                                  "ACCEPT",
                                  rounds << " rounds: " << e.reason);
            NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(e.peerOutcome), "SUCCESS", rounds);
            NS_TEST_EXPECT_MSG_EQ(e.roundTrips, rounds, "round trips");
            NS_TEST_EXPECT_MSG_EQ(e.peerMsk.size(), 64u, "MSK");
            NS_TEST_EXPECT_MSG_EQ((e.peerMsk == e.serverMsk), true, "same MSK");
            const EapMethodProfile& sizes = s.GetEffectiveProfile();
            for (std::size_t i = 0; i < e.requestSizes.size() && i < sizes.GetRounds(); ++i)
            {
                NS_TEST_EXPECT_MSG_EQ(e.requestSizes[i], sizes.requestSizes[i], "request " << i);
                NS_TEST_EXPECT_MSG_EQ(e.responseSizes[i + 1],
                                      sizes.responseSizes[i],
                                      "response " << i);
            }
        }

        // Different nonces give a different MSK.
        EapPeerSm::Config other;
        other.identity = "alice";
        other.password = "wonderland";
        other.nonce = Sequence(0x80, 32);
        EapPeerSm peer2(other);
        EapServerSm server2 = MakeServer("wonderland");
        Exchange e2 = RunExchange(peer2, server2);
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(e2.peerOutcome), "SUCCESS", "second peer");
        NS_TEST_EXPECT_MSG_EQ((e2.peerMsk != exchange.peerMsk), true, "fresh MSK");
    }
};

/// Failures: wrong password, unknown user, bad server proof.
class EapFailureTestCase : public TestCase
{
  public:
    EapFailureTestCase()
        : TestCase("EAP peer and server: wrong password, unknown user, bad server proof")
    {
    }

  private:
    void DoRun() override
    {
        EapPeerSm peer = MakePeer("wrong");
        EapServerSm server = MakeServer("wonderland");
        Exchange e = RunExchange(peer, server);
        NS_TEST_EXPECT_MSG_EQ(EapServerSm::ActionName(e.serverOutcome), "REJECT", "server");
        NS_TEST_EXPECT_MSG_EQ(e.reason, "wrong password for alice", "reason");
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(e.peerOutcome), "FAILURE", "peer");
        NS_TEST_EXPECT_MSG_EQ(e.roundTrips, 9u, "rejected at the peer proof (round trip 9)");
        NS_TEST_EXPECT_MSG_EQ(e.peerMsk.size(), 0u, "no MSK");
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::StateName(peer.GetState()), "FAILURE", "peer state");

        EapPeerSm peer2 = MakePeer("wonderland");
        EapServerSm unknown = MakeServer("");
        Exchange u = RunExchange(peer2, unknown);
        NS_TEST_EXPECT_MSG_EQ(EapServerSm::ActionName(u.serverOutcome), "REJECT", "unknown");
        NS_TEST_EXPECT_MSG_EQ(u.reason, "unknown user alice", "reason");
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(u.peerOutcome), "FAILURE", "peer");

        // Bad server proof: flip one bit of the proof in the last request.
        EapPeerSm peer3 = MakePeer("wonderland");
        EapServerSm server3 = MakeServer("wonderland", 3);
        EapPacket identityRequest;
        identityRequest.SetIdentifier(1);
        auto p = peer3.OnReceive(identityRequest.Encode());
        auto s = server3.OnResponse(p.eap); // request 1
        p = peer3.OnReceive(s.eap);
        s = server3.OnResponse(p.eap); // request 2, the last: proof at offset 5 + 4
        WLC_REQUIRE_EQ(EapServerSm::ActionName(s.action), "CHALLENGE", "last request");
        std::vector<uint8_t> tampered = s.eap;
        tampered[5 + 4 + 3] ^= 0x10;
        p = peer3.OnReceive(tampered);
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(p.action), "FAILURE", "bad server proof");
        NS_TEST_EXPECT_MSG_EQ(p.reason, "bad server proof", "reason");
        p = peer3.OnReceive(EapPacket::MakeResult(EapPacket::SUCCESS, s.eap[1]).Encode());
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(p.action), "IGNORED", "no success after");

        // A peer whose server has another password for it: the server rejects first.
        EapPeerSm peer4 = MakePeer("wonderland");
        EapServerSm server4 = MakeServer("looking-glass", 3);
        Exchange f = RunExchange(peer4, server4);
        NS_TEST_EXPECT_MSG_EQ(EapServerSm::ActionName(f.serverOutcome), "REJECT", "rejected");
        NS_TEST_EXPECT_MSG_EQ(f.roundTrips, 2u, "at the peer proof of round 1 of 2");
    }
};

/// Retransmissions, unexpected and malformed packets.
class EapRobustnessTestCase : public TestCase
{
  public:
    EapRobustnessTestCase()
        : TestCase("EAP peer and server: retransmissions, Nak, premature Success, garbage")
    {
    }

  private:
    void DoRun() override
    {
        EapPeerSm peer = MakePeer("wonderland");
        EapServerSm server = MakeServer("wonderland");
        // Before anything: Success is premature (RFC 4137).
        auto p = peer.OnReceive(EapPacket::MakeResult(EapPacket::SUCCESS, 0).Encode());
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(p.action), "IGNORED", "premature Success");
        // The server needs the Response/Identity first.
        auto s = server.OnResponse(
            EapPacket(EapPacket::RESPONSE, 1, EapPacket::EXPERIMENTAL, {0}).Encode());
        NS_TEST_EXPECT_MSG_EQ(EapServerSm::ActionName(s.action), "IGNORED", "no identity yet");

        EapPacket identityRequest;
        identityRequest.SetIdentifier(0x10);
        p = peer.OnReceive(identityRequest.Encode());
        WLC_REQUIRE_EQ(EapPeerSm::ActionName(p.action), "SEND", "identity");
        NS_TEST_EXPECT_MSG_EQ(HexString(p.eap),
                              HexString(HexBytes("02 10 000a 01 616c696365")),
                              "Response/Identity image");
        // Retransmitted Request/Identity: same response.
        auto again = peer.OnReceive(identityRequest.Encode());
        NS_TEST_EXPECT_MSG_EQ(HexString(again.eap), HexString(p.eap), "same response");
        s = server.OnResponse(p.eap);
        WLC_REQUIRE_EQ(EapServerSm::ActionName(s.action), "CHALLENGE", "first request");
        // Request 1: id = 0x11, Type 255, Round 1, Rounds 9, Response Size 200, Ns.
        NS_TEST_EXPECT_MSG_EQ(
            HexString(std::vector<uint8_t>(s.eap.begin(), s.eap.begin() + 9 + 32)),
            HexString(
                wlctest::ConcatBytes({HexBytes("01 11 0029 ff 01 09 00c8"), Sequence(0, 32)})),
            "first request image");
        NS_TEST_EXPECT_MSG_EQ(s.eap.size(), 41u, "nothing after Ns");
        std::vector<uint8_t> request1 = s.eap;
        auto r1 = peer.OnReceive(request1);
        WLC_REQUIRE_EQ(EapPeerSm::ActionName(r1.action), "SEND", "response 1");
        NS_TEST_EXPECT_MSG_EQ(r1.eap.size(), 200u, "ClientHello size");
        NS_TEST_EXPECT_MSG_EQ(
            HexString(std::vector<uint8_t>(r1.eap.begin(), r1.eap.begin() + 5 + 32)),
            HexString(wlctest::ConcatBytes({HexBytes("02 11 00c8 ff"), Sequence(0x20, 32)})),
            "response 1 carries Np");
        // A retransmitted request is answered with the same response, not processed again.
        auto r1again = peer.OnReceive(request1);
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(r1again.action), "SEND", "resend");
        NS_TEST_EXPECT_MSG_EQ(HexString(r1again.eap), HexString(r1.eap), "same response");
        NS_TEST_EXPECT_MSG_EQ(peer.GetRoundsAnswered(), 1u, "not processed twice");
        auto s2 = server.OnResponse(r1.eap);
        WLC_REQUIRE_EQ(EapServerSm::ActionName(s2.action), "CHALLENGE", "request 2");
        NS_TEST_EXPECT_MSG_EQ(s2.eap.size(), 1004u, "certificate fragment");
        // The server ignores a stale duplicate response (old identifier).
        auto stale = server.OnResponse(r1.eap);
        NS_TEST_EXPECT_MSG_EQ(EapServerSm::ActionName(stale.action), "IGNORED", "stale");
        // ... and a response of the wrong size.
        std::vector<uint8_t> wrongSize = HexBytes("02 12 0007 ff 0000");
        auto ws = server.OnResponse(wrongSize);
        NS_TEST_EXPECT_MSG_EQ(EapServerSm::ActionName(ws.action), "IGNORED", "wrong size");
        // Skipping a round (round 3 as the next one) is ignored by the peer.
        std::vector<uint8_t> skip = s2.eap;
        skip[1] = 0x55;
        skip[5] = 3;
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(peer.OnReceive(skip).action),
                              "IGNORED",
                              "round skipped");
        // Another method: Legacy Nak proposing 255 (RFC 3748 §5.3.1).
        auto nak = peer.OnReceive(HexBytes("01 60 0006 19 21"));
        NS_TEST_EXPECT_MSG_EQ(HexString(nak.eap), HexString(HexBytes("02 60 0006 03 ff")), "Nak");
        // Notification: empty Response/Notification.
        auto note = peer.OnReceive(HexBytes("01 61 0007 02 6869"));
        NS_TEST_EXPECT_MSG_EQ(HexString(note.eap),
                              HexString(HexBytes("02 61 0005 02")),
                              "Notification");
        // A Response sent to the peer, a Request sent to the server.
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(peer.OnReceive(r1.eap).action),
                              "IGNORED",
                              "response to peer");
        NS_TEST_EXPECT_MSG_EQ(EapServerSm::ActionName(server.OnResponse(s2.eap).action),
                              "IGNORED",
                              "request to server");
        // The exchange still completes after all this.
        auto p2 = peer.OnReceive(s2.eap);
        for (int guard = 0; guard < 100 && p2.action == PeerAction::SEND; ++guard)
        {
            auto next = server.OnResponse(p2.eap);
            p2 = peer.OnReceive(next.eap);
        }
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(p2.action), "SUCCESS", "completes");
        NS_TEST_EXPECT_MSG_EQ(EapServerSm::StateName(server.GetState()), "ACCEPTED", "server");
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(peer.OnReceive(s2.eap).action),
                              "IGNORED",
                              "after the end");

        // Garbage never crashes and is ignored.
        std::mt19937 rng(3748);
        EapPeerSm fresh = MakePeer("x");
        EapServerSm freshServer = MakeServer("x");
        for (int i = 0; i < 3000; ++i)
        {
            std::vector<uint8_t> junk(rng() % 64);
            for (auto& b : junk)
            {
                b = static_cast<uint8_t>(rng());
            }
            if (i % 3 == 0 && junk.size() >= 4)
            {
                // make the header plausible so the deeper checks run
                junk[0] = static_cast<uint8_t>(1 + rng() % 2);
                junk[2] = 0;
                junk[3] = static_cast<uint8_t>(junk.size());
                if (junk.size() > 4)
                {
                    junk[4] = 0xff;
                }
            }
            auto pr = fresh.OnReceive(junk);
            NS_TEST_EXPECT_MSG_EQ((pr.action == PeerAction::SEND ||
                                   pr.action == PeerAction::IGNORED ||
                                   pr.action == PeerAction::FAILURE),
                                  true,
                                  "peer never succeeds on garbage");
            NS_TEST_EXPECT_MSG_EQ((pr.action == PeerAction::SUCCESS), false, "no success");
            auto sr = freshServer.OnResponse(junk);
            NS_TEST_EXPECT_MSG_EQ((sr.action == ServerAction::ACCEPT), false, "no accept");
        }
        NS_TEST_EXPECT_MSG_EQ(EapPeerSm::ActionName(fresh.OnReceive({0x01}).action),
                              "IGNORED",
                              "one byte");
        NS_TEST_EXPECT_MSG_EQ(EapServerSm::ActionName(MakeServer("x").OnResponse({}).action),
                              "IGNORED",
                              "empty");
    }
};

/// The suite.
class EapMethodTestSuite : public TestSuite
{
  public:
    EapMethodTestSuite()
        : TestSuite("wlc-eap-method", WLC_TEST_UNIT)
    {
        AddTestCase(new EapPacketTestCase(), WLC_TEST_QUICK);
        AddTestCase(new EapProfileAndKeysTestCase(), WLC_TEST_QUICK);
        AddTestCase(new EapExchangeTestCase(), WLC_TEST_QUICK);
        AddTestCase(new EapFailureTestCase(), WLC_TEST_QUICK);
        AddTestCase(new EapRobustnessTestCase(), WLC_TEST_QUICK);
    }
};

/// Registers the suite.
EapMethodTestSuite g_eapMethodTestSuite;

} // namespace
} // namespace ns3
