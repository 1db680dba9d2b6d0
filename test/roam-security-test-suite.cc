/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-test
 * Security at roam time in the campus network: WPA2-Enterprise (the EAP exchange relayed to the
 * RADIUS server, the 4-way handshake after it), PMK caching with opportunistic key caching
 * (within a controller and across the mobility group), a rejected client, WPA2-PSK and open
 * WLANs. The EAP and EAPOL-Key frame sequences are checked on the client's frames.
 */

#include "wlc-test-util.h"

#include "ns3/config.h"
#include "ns3/eap-method-profile.h"
#include "ns3/eap-modelled-method.h"
#include "ns3/eap-packet.h"
#include "ns3/eapol-frame.h"
#include "ns3/radius-server.h"
#include "ns3/roam-monitor.h"
#include "ns3/roaming-scenario.h"
#include "ns3/simulator.h"
#include "ns3/test.h"
#include "ns3/uinteger.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wifi-phy.h"
#include "ns3/wlc-dot1x-authenticator.h"
#include "ns3/wlc-ns3-compat.h"
#include "ns3/wpa-crypto.h"
#include "ns3/wpa-supplicant.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/// One EAPOL frame sent or received by the client.
struct ClientEapol
{
    Time time;              //!< when
    bool sent{false};       //!< sent by the client (else received)
    uint8_t type{0};        //!< EAPOL packet type
    uint8_t code{0};        //!< EAP code (EAP-Packet)
    uint8_t eapType{0};     //!< EAP type (Request/Response)
    std::size_t eapSize{0}; //!< EAP packet length
};

/// A (Re)Association Request an AP received.
struct AssocFrame
{
    Time time;                 //!< when
    bool reassociation{false}; //!< subtype 2
    Mac48Address bssid;        //!< Address 1
    std::vector<uint8_t> body; //!< frame body
};

/// The campus network with WPA2-802.1X clients and what the tests observe in it.
class SecurityBed
{
  public:
    /**
     * \param controllers 1 (an intra-controller roam) or 2 (a Layer 3 roam)
     * \param okc the client offers cached PMKIDs
     * \param password the client's password (the server knows "reference-roam-eap")
     * \param security the WLAN's security
     */
    SecurityBed(uint32_t controllers,
                bool okc,
                const std::string& password,
                WlanSecurity security = WlanSecurity::WPA2_8021X)
    {
        RoamingScenario::Config config;
        config.controllers = controllers;
        config.apsPerController = controllers == 1 ? 2 : 1;
        config.apChannels = {36, 44};
        config.apSpacing = 40;
        config.roamingClients = true;
        config.security = security;
        config.okc = okc;
        config.clientsArriveAt = Seconds(12); // every AP is up: the client starts at AP001
        m_scenario = std::make_unique<RoamingScenario>(config);
        m_scenario->Build();
        if (security == WlanSecurity::WPA2_8021X && password != config.eapPassword)
        {
            // the server keeps the right password; the client has another one
            m_scenario->GetSupplicant(0)->SetEnterpriseCredentials("user1", password);
        }
        m_client = m_scenario->GetClientMac(0);
        Ptr<Node> client = m_scenario->GetClient(0);
        for (uint32_t i = 0; i < client->GetNDevices(); ++i)
        {
            if (Ptr<WifiNetDevice> wifi = DynamicCast<WifiNetDevice>(client->GetDevice(i)))
            {
                m_station = wifi;
            }
        }
        m_station->GetMac()->TraceConnectWithoutContext("MacTx",
                                                        MakeCallback(&SecurityBed::ClientTx, this));
        m_station->GetMac()->TraceConnectWithoutContext("MacRx",
                                                        MakeCallback(&SecurityBed::ClientRx, this));
        for (uint32_t a = 0; a < m_scenario->GetNAps(); ++a)
        {
            Ptr<Node> ap = m_scenario->GetWtp(a)->GetNode();
            for (uint32_t i = 0; i < ap->GetNDevices(); ++i)
            {
                if (Ptr<WifiNetDevice> wifi = DynamicCast<WifiNetDevice>(ap->GetDevice(i)))
                {
                    wifi->GetPhy()->TraceConnectWithoutContext(
                        "MonitorSnifferRx",
                        MakeCallback(&SecurityBed::ApRx, this));
                }
            }
        }
        Ptr<WpaSupplicant> supplicant = m_scenario->GetSupplicant(0);
        supplicant->TraceConnectWithoutContext(
            "EapFailed",
            Callback<void, Mac48Address, const std::string&>(
                [this](Mac48Address, const std::string& why) { m_eapFailures.push_back(why); }));
        if (Ptr<RadiusServer> radius = m_scenario->GetRadiusServer())
        {
            radius->TraceConnectWithoutContext(
                "Accepted",
                Callback<void, std::string, std::string>(
                    [this](std::string, std::string) { ++m_accepts; }));
            radius->TraceConnectWithoutContext(
                "Rejected",
                Callback<void, std::string, std::string>(
                    [this](std::string, std::string) { ++m_rejects; }));
        }
        for (uint32_t c = 0; c < controllers; ++c)
        {
            m_scenario->GetController(c)->TraceConnectWithoutContext(
                "PmkCacheHit",
                Callback<void, Mac48Address, Mac48Address>(
                    [this](Mac48Address, Mac48Address) { ++m_cacheHits; }));
        }
    }

    /// \return the scenario
    RoamingScenario& Scenario()
    {
        return *m_scenario;
    }

    /// \return the client's MAC
    Mac48Address ClientMac() const
    {
        return m_client;
    }

    std::vector<ClientEapol> eapol;         //!< the client's EAPOL frames
    std::vector<AssocFrame> requests;       //!< (Re)Association Requests at the APs
    std::vector<std::string> m_eapFailures; //!< the supplicant's EapFailed reasons
    uint32_t m_accepts{0};                  //!< RADIUS Access-Accepts
    uint32_t m_rejects{0};                  //!< RADIUS Access-Rejects
    uint32_t m_cacheHits{0};                //!< PMK cache hits at the controllers

  private:
    /// \param packet an MSDU with its LLC/SNAP header \param sent its direction
    void Keep(Ptr<const Packet> packet, bool sent)
    {
        std::vector<uint8_t> bytes(packet->GetSize());
        packet->CopyData(bytes.data(), bytes.size());
        // LLC/SNAP: AA AA 03 00 00 00, then the EtherType
        if (bytes.size() < 8 + EapolFrame::HEADER_SIZE || bytes[6] != 0x88 || bytes[7] != 0x8e)
        {
            return;
        }
        ClientEapol frame;
        frame.time = Simulator::Now();
        frame.sent = sent;
        frame.type = bytes[9];
        if (frame.type == EapolFrame::EAP_PACKET && bytes.size() >= 12 + 4)
        {
            frame.code = bytes[12];
            frame.eapSize = bytes[14] << 8 | bytes[15];
            frame.eapType = bytes.size() > 16 && frame.code <= 2 ? bytes[16] : 0;
        }
        eapol.push_back(frame);
    }

    /// MacTx of the client \param packet the MSDU
    void ClientTx(Ptr<const Packet> packet)
    {
        Keep(packet, true);
    }

    /// MacRx of the client \param packet the MSDU
    void ClientRx(Ptr<const Packet> packet)
    {
        Keep(packet, false);
    }

    /// MonitorSnifferRx of the APs (arguments as the trace's)
    void ApRx(Ptr<const Packet> packet,
              uint16_t freq,
              WifiTxVector txVector,
              MpduInfo mpdu,
              SignalNoiseDbm signalNoise,
              uint16_t staId)
    {
        std::vector<uint8_t> bytes(packet->GetSize());
        packet->CopyData(bytes.data(), bytes.size());
        // management (type 0), subtype 0 (Association) or 2 (Reassociation Request); FCS at end
        if (bytes.size() < 24 + 4 || (bytes[0] & 0x0c) != 0 ||
            ((bytes[0] >> 4) != 0 && (bytes[0] >> 4) != 2))
        {
            return;
        }
        Mac48Address from;
        from.CopyFrom(&bytes[10]);
        if (from != ClientMac())
        {
            return;
        }
        AssocFrame frame;
        frame.time = Simulator::Now();
        frame.reassociation = (bytes[0] >> 4) == 2;
        frame.bssid.CopyFrom(&bytes[4]);
        frame.body.assign(bytes.begin() + 24, bytes.end() - 4);
        if (!requests.empty() && requests.back().body == frame.body &&
            requests.back().bssid == frame.bssid)
        {
            return; // a retransmission, or the same frame heard by a second AP
        }
        requests.push_back(frame);
    }

    std::unique_ptr<RoamingScenario> m_scenario; //!< the network
    Ptr<WifiNetDevice> m_station;                //!< the client's station
    Mac48Address m_client;                       //!< its MAC
};

/**
 * \param frames EAPOL frames \param from the first index \param to one past the last
 * \return "R:Identity" style tokens: direction (T sent, R received), then the EAP code or "Key"
 */
std::string
Sequence(const std::vector<ClientEapol>& frames, std::size_t from, std::size_t to)
{
    std::string text;
    for (std::size_t i = from; i < to && i < frames.size(); ++i)
    {
        const ClientEapol& f = frames[i];
        text += f.sent ? "T:" : "R:";
        if (f.type == EapolFrame::EAPOL_KEY)
        {
            text += "Key";
        }
        else if (f.type == EapolFrame::EAP_PACKET)
        {
            text += EapPacket::CodeName(f.code);
            if (f.code <= 2)
            {
                text += f.eapType == EapPacket::IDENTITY ? "/Identity" : "/Method";
            }
        }
        else
        {
            text += "other";
        }
        text += " ";
    }
    return text;
}

/// \param frames EAPOL frames \param after a time \return the index of the first frame after it
std::size_t
FirstAfter(const std::vector<ClientEapol>& frames, Time after)
{
    std::size_t i = 0;
    while (i < frames.size() && frames[i].time < after)
    {
        ++i;
    }
    return i;
}

/// The expected sequence of a full authentication: Identity, 9 method rounds, Success, 4-way.
std::string
FullSequence()
{
    std::string text = "R:" + EapPacket::CodeName(EapPacket::REQUEST) +
                       "/Identity T:" + EapPacket::CodeName(EapPacket::RESPONSE) + "/Identity ";
    for (std::size_t i = 0; i < EapMethodProfile::PeapMsChapV2().requestSizes.size(); ++i)
    {
        text += "R:" + EapPacket::CodeName(EapPacket::REQUEST) +
                "/Method T:" + EapPacket::CodeName(EapPacket::RESPONSE) + "/Method ";
    }
    text += "R:" + EapPacket::CodeName(EapPacket::SUCCESS) + " R:Key T:Key R:Key T:Key ";
    return text;
}

/// A full 802.1X authentication at every association (no OKC), and its frames.
class FullAuthenticationTestCase : public TestCase
{
  public:
    FullAuthenticationTestCase()
        : TestCase("WPA2-802.1X: EAP through the controller to RADIUS, then the 4-way handshake")
    {
    }

  private:
    void DoRun() override
    {
        SecurityBed bed(1, false, "reference-roam-eap");
        bed.Scenario().Run();
        std::vector<RoamRecord> roams = bed.Scenario().GetRoamMonitor()->GetRoams();
        const ClientEntry* entry =
            bed.Scenario().GetController(0)->GetClients().Find(bed.ClientMac());
        bool run = entry && entry->pemState == PemState::RUN;
        std::string keyManagement = entry ? entry->keyManagement : "";
        std::string username = entry ? entry->username : "";
        Ipv4Address address = bed.Scenario().GetClientAddress(0);
        uint64_t downlink = bed.Scenario().GetDownlinkReceived(0);
        Simulator::Destroy();

        WLC_REQUIRE_EQ(roams.size(), 1u, "one roam AP001 -> AP002");
        std::string first = Sequence(bed.eapol, 0, FirstAfter(bed.eapol, roams[0].time));
        NS_TEST_EXPECT_MSG_EQ(first, FullSequence(), "frames of the first association");
        std::size_t at = FirstAfter(bed.eapol, roams[0].time);
        NS_TEST_EXPECT_MSG_EQ(Sequence(bed.eapol, at, bed.eapol.size()),
                              FullSequence(),
                              "without OKC the roam runs the whole exchange again");
        // the method rounds have the sizes of the profile (each at least what the modelled
        // method must carry)
        EapMethodProfile profile =
            EapModelledMethod::Effective(EapMethodProfile::PeapMsChapV2(),
                                         EapMethodProfile::PeapMsChapV2().requestSizes.size());
        std::vector<std::size_t> requestSizes;
        std::vector<std::size_t> responseSizes;
        for (std::size_t i = 0; i < at; ++i)
        {
            const ClientEapol& f = bed.eapol[i];
            if (f.type == EapolFrame::EAP_PACKET && f.code <= 2 && f.eapType != EapPacket::IDENTITY)
            {
                (f.sent ? responseSizes : requestSizes).push_back(f.eapSize);
            }
        }
        WLC_REQUIRE_EQ(requestSizes.size(), profile.requestSizes.size(), "method requests");
        WLC_REQUIRE_EQ(responseSizes.size(), profile.responseSizes.size(), "method responses");
        for (std::size_t i = 0; i < requestSizes.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(requestSizes[i], profile.requestSizes[i], "request " << i);
            NS_TEST_EXPECT_MSG_EQ(responseSizes[i], profile.responseSizes[i], "response " << i);
        }
        NS_TEST_EXPECT_MSG_EQ(bed.m_accepts, 2u, "one Access-Accept per association");
        NS_TEST_EXPECT_MSG_EQ(bed.m_cacheHits, 0u, "no PMKID offered, no cache hit");
        NS_TEST_EXPECT_MSG_EQ(run, true, "the client is in RUN");
        NS_TEST_EXPECT_MSG_EQ(keyManagement, "802.1X", "key management");
        NS_TEST_EXPECT_MSG_EQ(username, "user1", "the RADIUS identity is in the entry");
        NS_TEST_EXPECT_MSG_NE(address, Ipv4Address::GetAny(), "the client has its address");
        NS_TEST_EXPECT_MSG_GT(downlink, 100u, "traffic reached the client");
        const RoamRecord& roam = roams[0];
        NS_TEST_EXPECT_MSG_EQ(roam.keyMethod, "8021x", "the roam was a full authentication");
        NS_TEST_EXPECT_MSG_GT(roam.eapMs, 0.0, "EAP phase measured");
        NS_TEST_EXPECT_MSG_GT(roam.fourWayMs, 0.0, "4-way phase measured");
        NS_TEST_EXPECT_MSG_GT(roam.authMs, roam.eapMs, "the key exchange includes EAP");
    }
};

/// OKC within one controller: the roam needs only the 4-way handshake, and is shorter.
class OkcTestCase : public TestCase
{
  public:
    OkcTestCase()
        : TestCase("OKC: the client offers the PMKID for the new AP; the roam needs only the "
                   "4-way handshake and is shorter than a full 802.1X roam")
    {
    }

  private:
    void DoRun() override
    {
        double fullAuthMs = -1;
        {
            SecurityBed full(1, false, "reference-roam-eap");
            full.Scenario().Run();
            std::vector<RoamRecord> roams = full.Scenario().GetRoamMonitor()->GetRoams();
            fullAuthMs = roams.size() == 1 ? roams[0].authMs : -1;
            Simulator::Destroy();
        }
        SecurityBed bed(1, true, "reference-roam-eap");
        bed.Scenario().Run();
        std::vector<RoamRecord> roams = bed.Scenario().GetRoamMonitor()->GetRoams();
        Ptr<WirelessLanController> wlc = bed.Scenario().GetController(0);
        std::optional<PmkCache::Entry> cached = wlc->GetPmkCache().Get(bed.ClientMac());
        const ClientEntry* entry = wlc->GetClients().Find(bed.ClientMac());
        bool run = entry && entry->pemState == PemState::RUN;
        Mac48Address newBssid = entry ? entry->bssid : Mac48Address();
        Simulator::Destroy();

        WLC_REQUIRE_EQ(roams.size(), 1u, "one roam AP001 -> AP002");
        std::size_t at = FirstAfter(bed.eapol, roams[0].time);
        NS_TEST_EXPECT_MSG_EQ(Sequence(bed.eapol, 0, at), FullSequence(), "first association");
        NS_TEST_EXPECT_MSG_EQ(Sequence(bed.eapol, at, bed.eapol.size()),
                              "R:Key T:Key R:Key T:Key ",
                              "the roam: the 4-way handshake, no EAP");
        NS_TEST_EXPECT_MSG_EQ(bed.m_accepts, 1u, "the RADIUS server was asked once");
        NS_TEST_EXPECT_MSG_EQ(bed.m_cacheHits, 1u, "the controller found the PMKID");
        NS_TEST_EXPECT_MSG_EQ(run, true, "the client is in RUN after the roam");
        // the Reassociation Request carries, last, an RSN element with the PMKID for AP002
        WLC_REQUIRE_EQ(cached.has_value(), true, "the controller caches the PMK");
        const AssocFrame* reassoc = nullptr;
        for (const auto& frame : bed.requests)
        {
            if (frame.reassociation && frame.bssid == newBssid)
            {
                reassoc = &frame;
            }
        }
        WLC_REQUIRE_NE(reassoc, nullptr, "a Reassociation Request to AP002");
        std::vector<uint8_t> pmkid = WpaCrypto::Pmkid(cached->pmk, newBssid, bed.ClientMac());
        // IEEE 802.11-2020 9.4.2.24: ID 48, length 38, version 1, group CCMP, 1 pairwise CCMP,
        // 1 AKM 00-0F-AC:1 (802.1X), capabilities 0, 1 PMKID
        std::vector<uint8_t> expected = {0x30, 0x26, 0x01, 0x00, 0x00, 0x0f, 0xac, 0x04,
                                         0x01, 0x00, 0x00, 0x0f, 0xac, 0x04, 0x01, 0x00,
                                         0x00, 0x0f, 0xac, 0x01, 0x00, 0x00, 0x01, 0x00};
        expected.insert(expected.end(), pmkid.begin(), pmkid.end());
        WLC_REQUIRE_EQ((reassoc->body.size() > expected.size()), true, "body holds the element");
        std::vector<uint8_t> tail(reassoc->body.end() - expected.size(), reassoc->body.end());
        NS_TEST_EXPECT_MSG_EQ(wlctest::HexString(tail),
                              wlctest::HexString(expected),
                              "RSN element with AKM 00-0F-AC:1 and the PMKID");
        const RoamRecord& roam = roams[0];
        NS_TEST_EXPECT_MSG_EQ(roam.keyMethod, "pmk-cache", "a fast roam");
        NS_TEST_EXPECT_MSG_LT(roam.eapMs, 0.0, "no EAP phase");
        NS_TEST_EXPECT_MSG_GT(fullAuthMs, 0.0, "the full roam was measured");
        NS_TEST_EXPECT_MSG_LT(roam.authMs, fullAuthMs, "the fast roam is shorter");
        NS_TEST_EXPECT_MSG_LT(roam.authMs, 5.0, "about the time of a 4-way handshake");
    }
};

/// OKC with an expired PMK: the controller does not know the PMKID; a full authentication
/// follows, and message 2 repeats the RSN element (with the PMKID) the client sent.
class OkcExpiredTestCase : public TestCase
{
  public:
    OkcExpiredTestCase()
        : TestCase("OKC with an expired PMK: the PMKID is not found, EAP runs again and the 4-way "
                   "handshake accepts the element with the PMKID")
    {
    }

  private:
    void DoRun() override
    {
        // the PMK lives 5 s (the Access-Accept's Session-Timeout); the roam comes ~20 s later
        Config::SetDefault("ns3::RadiusServer::SessionTimeout", UintegerValue(5));
        SecurityBed bed(1, true, "reference-roam-eap");
        bed.Scenario().Run();
        std::vector<RoamRecord> roams = bed.Scenario().GetRoamMonitor()->GetRoams();
        const ClientEntry* entry =
            bed.Scenario().GetController(0)->GetClients().Find(bed.ClientMac());
        bool run = entry && entry->pemState == PemState::RUN;
        Simulator::Destroy();
        Config::SetDefault("ns3::RadiusServer::SessionTimeout", UintegerValue(1800));

        WLC_REQUIRE_EQ(roams.size(), 1u, "one roam AP001 -> AP002");
        const AssocFrame* reassoc = nullptr;
        for (const auto& frame : bed.requests)
        {
            reassoc = frame.reassociation ? &frame : reassoc;
        }
        WLC_REQUIRE_NE(reassoc, nullptr, "a Reassociation Request");
        bool offers = reassoc->body.size() > 40 && reassoc->body[reassoc->body.size() - 40] == 0x30;
        NS_TEST_EXPECT_MSG_EQ(
            offers,
            true,
            "the request still offers a PMKID (an RSN element of 40 bytes, last)");
        NS_TEST_EXPECT_MSG_EQ(bed.m_cacheHits, 0u, "the expired PMK is not used");
        std::size_t at = FirstAfter(bed.eapol, roams[0].time);
        NS_TEST_EXPECT_MSG_EQ(Sequence(bed.eapol, at, bed.eapol.size()),
                              FullSequence(),
                              "the roam runs the whole exchange");
        NS_TEST_EXPECT_MSG_EQ(roams[0].keyMethod, "8021x", "a full authentication");
        NS_TEST_EXPECT_MSG_EQ(bed.m_accepts, 2u, "two Access-Accepts");
        NS_TEST_EXPECT_MSG_EQ(run, true, "the 4-way handshake accepted the element: RUN");
    }
};

/// OKC across the mobility group: WLC2 learns the PMK from WLC1's MobilePmkUpdate.
class GroupOkcTestCase : public TestCase
{
  public:
    GroupOkcTestCase()
        : TestCase("OKC across controllers: the PMK reaches WLC2 in a MobilePmkUpdate, the "
                   "Layer 3 roam needs only the 4-way handshake")
    {
    }

  private:
    void DoRun() override
    {
        SecurityBed bed(2, true, "reference-roam-eap");
        bool cachedBefore = false;
        Ptr<WirelessLanController> wlc2 = bed.Scenario().GetController(1);
        Mac48Address client = bed.ClientMac();
        Simulator::Schedule(bed.Scenario().GetWalkStart(), [&cachedBefore, wlc2, client]() {
            cachedBefore = wlc2->GetPmkCache().Get(client).has_value();
        });
        bed.Scenario().Run();
        std::vector<RoamRecord> roams = bed.Scenario().GetRoamMonitor()->GetRoams();
        const ClientEntry* atWlc2 = wlc2->GetClients().Find(client);
        bool foreign = atWlc2 && atWlc2->mobilityRole == MobilityRole::FOREIGN &&
                       atWlc2->pemState == PemState::RUN;
        Simulator::Destroy();

        WLC_REQUIRE_EQ(roams.size(), 1u, "one roam");
        NS_TEST_EXPECT_MSG_EQ(cachedBefore, true, "WLC2 had the PMK before the client came");
        NS_TEST_EXPECT_MSG_EQ(roams[0].type, "l3", "a Layer 3 roam");
        NS_TEST_EXPECT_MSG_EQ(roams[0].keyMethod, "pmk-cache", "without EAP");
        NS_TEST_EXPECT_MSG_EQ(bed.m_accepts, 1u, "one authentication for the whole walk");
        NS_TEST_EXPECT_MSG_EQ(bed.m_cacheHits, 1u, "WLC2 found the PMKID in its cache");
        NS_TEST_EXPECT_MSG_EQ(foreign, true, "Foreign and in RUN at WLC2");
        std::size_t at = FirstAfter(bed.eapol, roams[0].time);
        NS_TEST_EXPECT_MSG_EQ(Sequence(bed.eapol, at, bed.eapol.size()),
                              "R:Key T:Key R:Key T:Key ",
                              "the roam: the 4-way handshake only");
    }
};

/// A wrong password: Access-Reject, EAP-Failure, no keys, no address, no traffic.
class RejectTestCase : public TestCase
{
  public:
    RejectTestCase()
        : TestCase("a wrong password: Access-Reject and EAP-Failure, the client stays "
                   "unauthenticated with no data path")
    {
    }

  private:
    void DoRun() override
    {
        SecurityBed bed(1, false, "wrong-password");
        bool everAuthorized = false;
        bed.Scenario().GetSupplicant(0)->GetPort()->TraceConnectWithoutContext(
            "PortAuthorized",
            Callback<void, bool>([&everAuthorized](bool on) { everAuthorized |= on; }));
        bool everRun = false;
        bed.Scenario().GetController(0)->TraceConnectWithoutContext(
            "PemStateChanged",
            Callback<void, Mac48Address, PemState, PemState>(
                [&everRun](Mac48Address, PemState, PemState state) {
                    everRun |= state == PemState::RUN;
                }));
        bed.Scenario().Run();
        bool entryLeft = bed.Scenario().GetController(0)->GetClients().Find(bed.ClientMac());
        bool dot1xLeft =
            bed.Scenario().GetController(0)->GetDot1xAuthenticator()->IsRunning(bed.ClientMac());
        Ipv4Address address = bed.Scenario().GetClientAddress(0);
        uint64_t downlink = bed.Scenario().GetDownlinkReceived(0);
        uint64_t uplink = bed.Scenario().GetUplinkReceived(0);
        Simulator::Destroy();

        NS_TEST_EXPECT_MSG_GT(bed.m_rejects, 0u, "the server rejected the client");
        NS_TEST_EXPECT_MSG_EQ(bed.m_accepts, 0u, "and never accepted it");
        WLC_REQUIRE_EQ(bed.m_eapFailures.empty(), false, "the supplicant traced the failure");
        NS_TEST_EXPECT_MSG_NE(bed.m_eapFailures[0], "", "with a reason");
        bool failureSeen = false;
        bool keySeen = false;
        for (const auto& f : bed.eapol)
        {
            failureSeen |=
                !f.sent && f.type == EapolFrame::EAP_PACKET && f.code == EapPacket::FAILURE;
            keySeen |= f.type == EapolFrame::EAPOL_KEY;
        }
        NS_TEST_EXPECT_MSG_EQ(failureSeen, true, "EAP-Failure reached the client");
        NS_TEST_EXPECT_MSG_EQ(keySeen, false, "no EAPOL-Key frame was ever sent");
        NS_TEST_EXPECT_MSG_EQ(everAuthorized, false, "the port never opened");
        NS_TEST_EXPECT_MSG_EQ(everRun, false, "the controller never let the client run");
        NS_TEST_EXPECT_MSG_EQ(address, Ipv4Address::GetAny(), "no DHCP lease");
        NS_TEST_EXPECT_MSG_EQ(entryLeft, false, "the controller removed the client");
        NS_TEST_EXPECT_MSG_EQ(dot1xLeft, false, "and ended its 802.1X exchange");
        NS_TEST_EXPECT_MSG_EQ(downlink + uplink, 0u, "no data path");
    }
};

/// The RADIUS server does not know the controller's secret: it drops every Access-Request; the
/// controller gives up after its retransmissions and removes the client.
class RadiusUnreachableTestCase : public TestCase
{
  public:
    RadiusUnreachableTestCase()
        : TestCase("a RADIUS server that drops the controller's requests (wrong shared secret): "
                   "the controller fails the client after its RADIUS retransmissions")
    {
    }

  private:
    void DoRun() override
    {
        SecurityBed bed(1, false, "reference-roam-eap");
        Ptr<RadiusServer> radius = bed.Scenario().GetRadiusServer();
        radius->AddClient(Ipv4Address("10.99.80.1"), "not-the-controller-secret");
        Ptr<WlcDot1xAuthenticator> dot1x = bed.Scenario().GetController(0)->GetDot1xAuthenticator();
        std::vector<std::pair<Time, std::string>> failures;
        dot1x->TraceConnectWithoutContext("EapFailed",
                                          Callback<void, Mac48Address, const std::string&>(
                                              [&failures](Mac48Address, const std::string& why) {
                                                  failures.emplace_back(Simulator::Now(), why);
                                              }));
        Time started = Time(-1);
        dot1x->TraceConnectWithoutContext("EapStarted",
                                          Callback<void, Mac48Address>([&started](Mac48Address) {
                                              if (started.IsNegative())
                                              {
                                                  started = Simulator::Now();
                                              }
                                          }));
        bool everRun = false;
        bed.Scenario().GetController(0)->TraceConnectWithoutContext(
            "PemStateChanged",
            Callback<void, Mac48Address, PemState, PemState>(
                [&everRun](Mac48Address, PemState, PemState state) {
                    everRun |= state == PemState::RUN;
                }));
        bed.Scenario().Run();
        uint64_t serverDrops = radius->GetDropCount();
        Simulator::Destroy();

        WLC_REQUIRE_EQ(failures.empty(), false, "the controller's 802.1X exchange failed");
        NS_TEST_EXPECT_MSG_EQ(failures[0].second,
                              "the RADIUS server did not answer",
                              "with the reason");
        // Timeout 2 s, 2 retransmissions: the first request goes unanswered for 3 x 2 s
        NS_TEST_EXPECT_MSG_GT_OR_EQ((failures[0].first - started).GetSeconds(),
                                    6.0,
                                    "after every retransmission");
        NS_TEST_EXPECT_MSG_LT((failures[0].first - started).GetSeconds(), 6.5, "and no later");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(serverDrops, 3u, "the server dropped the three copies");
        NS_TEST_EXPECT_MSG_EQ(bed.m_accepts, 0u, "no Access-Accept");
        NS_TEST_EXPECT_MSG_EQ(everRun, false, "the client never reached RUN");
    }
};

/// WPA2-PSK runs the 4-way handshake at every association; an open WLAN sends no EAPOL at all.
class PskAndOpenTestCase : public TestCase
{
  public:
    PskAndOpenTestCase()
        : TestCase("WPA2-PSK: the 4-way handshake, and nothing else, at each association; open: "
                   "no EAPOL frame")
    {
    }

  private:
    void DoRun() override
    {
        std::string pskFirst;
        std::string pskRoam;
        std::size_t pskRoams = 0;
        double pskAuthMs = -1;
        std::string pskMethod;
        {
            SecurityBed bed(1, false, "", WlanSecurity::WPA2_PSK);
            bed.Scenario().Run();
            std::vector<RoamRecord> roams = bed.Scenario().GetRoamMonitor()->GetRoams();
            pskRoams = roams.size();
            if (pskRoams == 1)
            {
                std::size_t at = FirstAfter(bed.eapol, roams[0].time);
                pskFirst = Sequence(bed.eapol, 0, at);
                pskRoam = Sequence(bed.eapol, at, bed.eapol.size());
                pskAuthMs = roams[0].authMs;
                pskMethod = roams[0].keyMethod;
            }
            Simulator::Destroy();
        }
        WLC_REQUIRE_EQ(pskRoams, 1u, "one PSK roam");
        NS_TEST_EXPECT_MSG_EQ(pskFirst, "R:Key T:Key R:Key T:Key ", "PSK: first association");
        NS_TEST_EXPECT_MSG_EQ(pskRoam, "R:Key T:Key R:Key T:Key ", "PSK: the roam");
        NS_TEST_EXPECT_MSG_EQ(pskMethod, "psk", "key method");
        NS_TEST_EXPECT_MSG_GT(pskAuthMs, 0.0, "the 4-way handshake takes time");

        SecurityBed bed(1, false, "", WlanSecurity::OPEN);
        bed.Scenario().Run();
        std::vector<RoamRecord> roams = bed.Scenario().GetRoamMonitor()->GetRoams();
        uint64_t downlink = bed.Scenario().GetDownlinkReceived(0);
        Simulator::Destroy();
        WLC_REQUIRE_EQ(roams.size(), 1u, "one open roam");
        NS_TEST_EXPECT_MSG_EQ(bed.eapol.size(), 0u, "no EAPOL frame on an open WLAN");
        NS_TEST_EXPECT_MSG_EQ(roams[0].keyMethod, "open", "key method");
        NS_TEST_EXPECT_MSG_GT(downlink, 100u, "traffic reached the client");
    }
};

/// Security at roam time: WPA2-Enterprise, OKC, WPA2-PSK and open WLANs.
class RoamSecurityTestSuite : public TestSuite
{
  public:
    RoamSecurityTestSuite()
        : TestSuite("wlc-roam-security", WLC_TEST_SYSTEM)
    {
        AddTestCase(new FullAuthenticationTestCase, WLC_TEST_QUICK);
        AddTestCase(new OkcTestCase, WLC_TEST_QUICK);
        AddTestCase(new OkcExpiredTestCase, WLC_TEST_QUICK);
        AddTestCase(new GroupOkcTestCase, WLC_TEST_QUICK);
        AddTestCase(new RejectTestCase, WLC_TEST_QUICK);
        AddTestCase(new RadiusUnreachableTestCase, WLC_TEST_QUICK);
        AddTestCase(new PskAndOpenTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
RoamSecurityTestSuite g_roamSecurityTestSuite;

} // namespace
