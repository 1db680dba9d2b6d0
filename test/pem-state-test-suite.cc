/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * System tests of a client's admission by the controller: the policy manager (PEM) states of a
 * WPA2-PSK and of an open WLAN, the client entry at RUN, frames held back before RUN in both
 * directions, and a client with the wrong passphrase.
 */

#include "wlc-system-test-fixture.h"

#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <algorithm>
#include <sstream>

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

/// One PEM change of one client.
struct PemChange
{
    Time time;     //!< when
    PemState from; //!< state left
    PemState to;   //!< state entered
};

/// PEM changes per client.
using PemLog = std::map<Mac48Address, std::vector<PemChange>>;

/**
 * \param changes a client's PEM changes
 * \return the states it went through: the first state left, then every state entered
 */
std::string
PemSequence(const std::vector<PemChange>& changes)
{
    std::ostringstream os;
    for (std::size_t i = 0; i < changes.size(); ++i)
    {
        if (i == 0)
        {
            os << PemStateName(changes[i].from);
        }
        else if (changes[i].from != changes[i - 1].to)
        {
            os << " <left " << PemStateName(changes[i].from) << ", not the state entered>";
        }
        os << " " << PemStateName(changes[i].to);
    }
    return os.str();
}

/// \param changes PEM changes \param state a state \return when it was first entered (-1 s)
Time
FirstEntered(const std::vector<PemChange>& changes, PemState state)
{
    for (const auto& c : changes)
    {
        if (c.to == state)
        {
            return c.time;
        }
    }
    return Seconds(-1);
}

/// A frame dropped by the data plane.
struct DataPlaneDrop
{
    Time time;                  //!< when
    std::string reason;         //!< why
    std::vector<uint8_t> bytes; //!< the frame
};

/// What a PEM test records.
struct Recorder
{
    PemLog pem;                                                //!< PEM changes
    std::vector<std::pair<Mac48Address, std::string>> assoc;   //!< ClientAssociated
    std::vector<std::pair<Mac48Address, std::string>> removed; //!< ClientRemoved
    std::vector<DataPlaneDrop> drops;                          //!< data plane drops
    std::vector<Time> leases;                                  //!< client 0's DHCP leases

    /// \param scenario the scenario (built)
    void Watch(const RoamingScenario& scenario)
    {
        Ptr<WirelessLanController> wlc = scenario.GetController(0);
        wlc->TraceConnectWithoutContext(
            "PemStateChanged",
            Callback<void, Mac48Address, PemState, PemState>(
                [this](Mac48Address client, PemState from, PemState to) {
                    pem[client].push_back({Simulator::Now(), from, to});
                }));
        wlc->TraceConnectWithoutContext("ClientAssociated",
                                        Callback<void, Mac48Address, const std::string&>(
                                            [this](Mac48Address client, const std::string& ap) {
                                                assoc.emplace_back(client, ap);
                                            }));
        wlc->TraceConnectWithoutContext("ClientRemoved",
                                        Callback<void, Mac48Address, const std::string&>(
                                            [this](Mac48Address client, const std::string& reason) {
                                                removed.emplace_back(client, reason);
                                            }));
        wlc->GetDataPlane()->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, const std::string&>(
                [this](Ptr<const Packet> packet, const std::string& reason) {
                    drops.push_back({Simulator::Now(), reason, Bytes(packet)});
                }));
        WlcClientHelper::GetDhcpClient(scenario.GetClient(0))
            ->TraceConnectWithoutContext(
                "NewLease",
                Callback<void, const Ipv4Address&>(
                    [this](const Ipv4Address&) { leases.push_back(Simulator::Now()); }));
    }

    /// \param marker bytes \return the reasons of the data plane drops of frames with them
    std::vector<std::string> DropReasons(const std::vector<uint8_t>& marker) const
    {
        std::vector<std::string> reasons;
        for (const auto& d : drops)
        {
            if (Contains(d.bytes, marker))
            {
                reasons.push_back(d.reason);
            }
        }
        return reasons;
    }
};

/// \param reasons strings \return them joined
std::string
Join(const std::vector<std::string>& reasons)
{
    std::string text;
    for (const auto& r : reasons)
    {
        text += "[" + r + "] ";
    }
    return text;
}

/// UDP port of the test's own sink on the server.
constexpr uint16_t PROBE_PORT = 7777;

/**
 * Sends marked probes from a client below its controlled port (to the server, through the
 * router) and from the wire to the client, and finds them again.
 */
struct Probes
{
    Ptr<NetDevice> station;                //!< the client's Wi-Fi device
    Mac48Address router;                   //!< the router's MAC on the client VLAN
    std::vector<std::string> uplinkSent;   //!< markers of the uplink probes sent
    std::vector<std::string> downlinkSent; //!< markers of the downlink probes sent
    WireTap* tap{nullptr};                 //!< on the client VLAN

    /// \param marker the probe's marker: an IPv4/UDP packet to the server, below the port
    void Uplink(const std::string& marker)
    {
        std::vector<uint8_t> ip = BuildIpv4Udp(Ipv4Address("10.99.81.222"),
                                               SERVER_ADDRESS,
                                               PROBE_PORT,
                                               PROBE_PORT,
                                               TextBytes(marker));
        if (SendBelowPort(station, router, ip))
        {
            uplinkSent.push_back(marker);
        }
    }

    /// \param marker the probe's marker: an IPv4/UDP frame from the router to the client
    void Downlink(const std::string& marker, Mac48Address client)
    {
        std::vector<uint8_t> ip = BuildIpv4Udp(SERVER_ADDRESS,
                                               Ipv4Address("10.99.81.222"),
                                               PROBE_PORT,
                                               PROBE_PORT,
                                               TextBytes(marker));
        tap->Inject(router, client, ETHERTYPE_IPV4, ip);
        downlinkSent.push_back(marker);
    }
};

/// \param station a client's Wi-Fi device \param frames filled with what its MAC delivers
void
RecordStationRx(Ptr<NetDevice> station, std::vector<TappedFrame>& frames)
{
    DynamicCast<WifiNetDevice>(station)->GetMac()->TraceConnectWithoutContext(
        "MacRx",
        Callback<void, Ptr<const Packet>>([&frames](Ptr<const Packet> packet) {
            frames.push_back({Simulator::Now(), Bytes(packet)});
        }));
}

/**
 * One client on a WPA2-PSK or an open WLAN: the PEM sequence, the entry at RUN, and probes
 * before RUN (dropped, with the state in the reason, never on the wire) and after RUN (passed).
 */
class PemSequenceTestCase : public TestCase
{
  public:
    /// \param security the WLAN's security
    explicit PemSequenceTestCase(WlanSecurity security)
        : TestCase(security == WlanSecurity::OPEN ? "open WLAN: PEM states, entry, blocking"
                                                  : "WPA2-PSK: PEM states, entry, blocking"),
          m_security(security)
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config = StayingClientConfig();
        config.security = m_security;
        RoamingScenario scenario(config);
        scenario.Build();
        Ptr<WirelessLanController> wlc = scenario.GetController(0);
        const Mac48Address client = scenario.GetClientMac(0);
        Recorder rec;
        rec.Watch(scenario);
        WireTap tap(VlanChannel(wlc, "intanchor"), Mac48Address("02:00:00:00:99:11"));
        UdpSink sink(scenario.GetServer(), PROBE_PORT);
        Ptr<NetDevice> router81 =
            DeviceWithAddress(VlanChannel(wlc, "intanchor"), Ipv4Address("10.99.81.254"));
        NS_TEST_ASSERT_MSG_NE(router81, nullptr, "router port on VLAN 81");
        if (!router81)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        Probes probes;
        probes.station = scenario.GetSupplicant(0)->GetPort()->GetLowerDevice();
        probes.router = Mac48Address::ConvertFrom(router81->GetAddress());
        probes.tap = &tap;
        std::vector<TappedFrame> stationRx;
        RecordStationRx(probes.station, stationRx);
        // probes at the moment the controller enters a state before RUN
        wlc->TraceConnectWithoutContext(
            "PemStateChanged",
            Callback<void, Mac48Address, PemState, PemState>(
                [&probes, client](Mac48Address mac, PemState, PemState to) {
                    if (mac != client)
                    {
                        return;
                    }
                    if (to == PemState::DOT1X_REQD)
                    {
                        Simulator::ScheduleNow(&Probes::Uplink, &probes, "probe-up-8021X_REQD");
                        Simulator::ScheduleNow(&Probes::Downlink,
                                               &probes,
                                               "probe-down-8021X_REQD",
                                               client);
                    }
                    if (to == PemState::DHCP_REQD)
                    {
                        Simulator::ScheduleNow(&Probes::Uplink, &probes, "probe-up-DHCP_REQD");
                        Simulator::ScheduleNow(&Probes::Downlink,
                                               &probes,
                                               "probe-down-DHCP_REQD",
                                               client);
                    }
                }));
        // the same probes well after RUN must pass (the probes can tell)
        std::string detail;
        Simulator::Schedule(Seconds(20), [&]() {
            probes.Uplink("probe-up-RUN");
            probes.Downlink("probe-down-RUN", client);
        });
        Simulator::Schedule(Seconds(24), [&]() { detail = wlc->ShowClientDetail(client); });
        Simulator::Stop(Seconds(25));
        Simulator::Run();

        bool wpa2 = m_security == WlanSecurity::WPA2_PSK;
        // --- association and PEM sequence
        NS_TEST_ASSERT_MSG_EQ(rec.assoc.size(), 1, "ClientAssociated traces");
        if (rec.assoc.size() != 1)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(rec.assoc[0].first, client, "ClientAssociated client");
        NS_TEST_EXPECT_MSG_EQ(rec.assoc[0].second, "AP001", "ClientAssociated AP");
        const auto& changes = rec.pem[client];
        std::string expected = wpa2 ? "START AUTHCHECK 8021X_REQD L2AUTHCOMPLETE DHCP_REQD RUN"
                                    : "START AUTHCHECK L2AUTHCOMPLETE DHCP_REQD RUN";
        NS_TEST_EXPECT_MSG_EQ(PemSequence(changes), expected, "PEM states of " << client);
        NS_TEST_EXPECT_MSG_EQ(rec.pem.size(), 1, "PEM changes of other clients");
        // RUN only once the DHCP ACK was seen (the client's lease)
        NS_TEST_ASSERT_MSG_EQ(rec.leases.size(), 1, "DHCP leases of the client");
        if (rec.leases.size() != 1)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        Time run = FirstEntered(changes, PemState::RUN);
        NS_TEST_EXPECT_MSG_EQ(run.IsStrictlyPositive(), true, "never RUN");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(run, FirstEntered(changes, PemState::DHCP_REQD), "RUN time");
        NS_TEST_EXPECT_MSG_GT(run + MilliSeconds(50), rec.leases[0], "RUN long before the lease");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(run, rec.leases[0], "RUN after the client got its lease");
        Time ack = Seconds(-1);
        for (const auto& frame : tap.GetFrames())
        {
            EthernetFrame ethernet;
            UdpDatagram udp;
            Mac48Address chaddr;
            if (ParseEthernet(frame.bytes, ethernet) && ethernet.etherType == ETHERTYPE_IPV4 &&
                ParseIpv4Udp(ethernet.payload, udp) && udp.sourcePort == 67 &&
                udp.destinationPort == 68 && DhcpMessageType(udp.payload, &chaddr) == 5 &&
                chaddr == client)
            {
                ack = frame.time;
                break;
            }
        }
        NS_TEST_ASSERT_MSG_EQ(ack.IsStrictlyPositive(),
                              true,
                              "no DHCP ACK for the client on VLAN 81");
        if (!ack.IsStrictlyPositive())
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_GT_OR_EQ(run, ack, "RUN before the DHCP ACK was on the client VLAN");
        NS_TEST_EXPECT_MSG_LT(run, ack + MilliSeconds(10), "RUN long after the DHCP ACK");
        NS_TEST_EXPECT_MSG_EQ(rec.removed.size(), 0, "ClientRemoved traces");

        // --- the entry at RUN
        const ClientEntry* entry = wlc->GetClients().Find(client);
        NS_TEST_ASSERT_MSG_NE(entry, nullptr, "client entry");
        if (!entry)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(PemStateName(entry->pemState), "RUN", "PEM state");
        NS_TEST_EXPECT_MSG_EQ(entry->ip, Ipv4Address("10.99.81.40"), "IP from DHCP");
        NS_TEST_EXPECT_MSG_EQ(entry->ip, scenario.GetClientAddress(0), "IP of the client");
        NS_TEST_EXPECT_MSG_EQ(entry->apName, "AP001", "AP");
        NS_TEST_EXPECT_MSG_EQ(entry->apMac, Mac48Address("aa:22:bd:98:3a:30"), "AP MAC");
        NS_TEST_EXPECT_MSG_EQ(entry->bssid, Mac48Address("00:22:bd:98:3a:38"), "BSSID");
        NS_TEST_EXPECT_MSG_EQ(unsigned(entry->wlanId), 8, "WLAN");
        NS_TEST_EXPECT_MSG_EQ(entry->channel, 36, "channel");
        NS_TEST_EXPECT_MSG_EQ(entry->securityPolicyCompleted, true, "security policy completed");
        NS_TEST_EXPECT_MSG_EQ(entry->policyType, (wpa2 ? "WPA2" : "None"), "policy type");
        NS_TEST_EXPECT_MSG_EQ(entry->keyManagement, (wpa2 ? "PSK" : "None"), "key management");
        NS_TEST_EXPECT_MSG_EQ(entry->cipher, (wpa2 ? "CCMP (AES)" : "None"), "cipher");
        NS_TEST_EXPECT_MSG_EQ(entry->interfaceName, "intanchor", "interface");
        NS_TEST_EXPECT_MSG_EQ(entry->vlan, 81, "VLAN");
        NS_TEST_EXPECT_MSG_EQ(entry->accessVlan, 81, "access VLAN");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(entry->mobilityRole), "Local", "mobility role");
        NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, "IP Address"), "10.99.81.40", detail);
        NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, "Policy Manager State"), "RUN", detail);
        NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, "Policy Type"), (wpa2 ? "WPA2" : "None"), detail);
        NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, "Encryption Cipher"),
                              (wpa2 ? "CCMP (AES)" : "None"),
                              detail);
        NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, "Interface"), "intanchor", detail);
        NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, "VLAN"), "81", detail);

        // --- probes before RUN: dropped by the data plane, with the state, never delivered
        std::vector<std::string> states = {"DHCP_REQD"};
        if (wpa2)
        {
            states.insert(states.begin(), "8021X_REQD");
        }
        for (const std::string& state : states)
        {
            std::string up = "probe-up-" + state;
            std::string down = "probe-down-" + state;
            NS_TEST_EXPECT_MSG_EQ(
                std::count(probes.uplinkSent.begin(), probes.uplinkSent.end(), up),
                1,
                up << " sent");
            NS_TEST_EXPECT_MSG_EQ(Join(rec.DropReasons(TextBytes(up))),
                                  "[client in " + state + ": uplink frame not allowed] ",
                                  up << " drops");
            NS_TEST_EXPECT_MSG_EQ(CountFrames(tap.GetFrames(), TextBytes(up)),
                                  0,
                                  up << " reached the client VLAN");
            NS_TEST_EXPECT_MSG_EQ(sink.Count(TextBytes(up)), 0, up << " reached the server");
            NS_TEST_EXPECT_MSG_EQ(
                std::count(probes.downlinkSent.begin(), probes.downlinkSent.end(), down),
                1,
                down << " sent");
            NS_TEST_EXPECT_MSG_EQ(Join(rec.DropReasons(TextBytes(down))),
                                  "[client in " + state + ": downlink frame not allowed] ",
                                  down << " drops");
            NS_TEST_EXPECT_MSG_EQ(CountFrames(stationRx, TextBytes(down)),
                                  0,
                                  down << " reached the client");
        }
        // --- the same probes in RUN pass
        NS_TEST_EXPECT_MSG_EQ(Join(rec.DropReasons(TextBytes("probe-up-RUN"))), "", "RUN drops");
        NS_TEST_EXPECT_MSG_EQ(sink.Count(TextBytes("probe-up-RUN")), 1, "uplink probe in RUN");
        NS_TEST_EXPECT_MSG_EQ(CountFrames(stationRx, TextBytes("probe-down-RUN")),
                              1,
                              "downlink probe in RUN");
        Simulator::Destroy();
    }

    WlanSecurity m_security; //!< the WLAN's security
};

/**
 * A second client with the wrong passphrase: the 4-way handshake fails, the controller removes
 * the client ("Layer 2 security failed") and deletes it at the AP, and none of its frames reach
 * the wire; the first client is not disturbed.
 */
class PemWrongPassphraseTestCase : public TestCase
{
  public:
    PemWrongPassphraseTestCase()
        : TestCase("WPA2-PSK with the wrong passphrase: never RUN, removed, nothing passes")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario scenario(StayingClientConfig());
        scenario.Build();
        Ptr<WirelessLanController> wlc = scenario.GetController(0);
        const Mac48Address bad("aa:26:96:3e:4b:10");
        ExtraClient intruder =
            AddStandingClient(scenario, bad, Vector(8, -2, 0), "CORP", "not-the-right-psk");
        Recorder rec;
        rec.Watch(scenario);
        WireTap tap(VlanChannel(wlc, "intanchor"), Mac48Address("02:00:00:00:99:12"));
        UdpSink sink(scenario.GetServer(), PROBE_PORT);
        Ptr<NetDevice> router81 =
            DeviceWithAddress(VlanChannel(wlc, "intanchor"), Ipv4Address("10.99.81.254"));
        NS_TEST_ASSERT_MSG_NE(router81, nullptr, "router port on VLAN 81");
        Probes probes;
        probes.station = intruder.station;
        probes.router = Mac48Address::ConvertFrom(router81->GetAddress());
        probes.tap = &tap;
        std::vector<TappedFrame> stationRx;
        RecordStationRx(intruder.station, stationRx);
        std::vector<bool> authorized;
        intruder.supplicant->GetPort()->TraceConnectWithoutContext(
            "PortAuthorized",
            Callback<void, bool>([&authorized](bool on) { authorized.push_back(on); }));
        uint32_t portDrops = 0;
        intruder.supplicant->GetPort()->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>>([&portDrops](Ptr<const Packet>) { ++portDrops; }));
        std::vector<std::string> failed;
        wlc->GetAuthenticator()->TraceConnectWithoutContext(
            "HandshakeFailed",
            Callback<void, Mac48Address, const std::string&>(
                [&failed, bad](Mac48Address mac, const std::string& reason) {
                    if (mac == bad)
                    {
                        failed.push_back(reason);
                    }
                }));
        std::vector<Time> deletedAtAp;
        std::vector<Time> addedAtAp;
        scenario.GetWtp(0)->TraceConnectWithoutContext(
            "StationDeleted",
            Callback<void, Mac48Address>([&deletedAtAp, bad](Mac48Address mac) {
                if (mac == bad)
                {
                    deletedAtAp.push_back(Simulator::Now());
                }
            }));
        scenario.GetWtp(0)->TraceConnectWithoutContext(
            "StationAdded",
            Callback<void, Mac48Address>([&addedAtAp, bad](Mac48Address mac) {
                if (mac == bad)
                {
                    addedAtAp.push_back(Simulator::Now());
                }
            }));
        // probes while the handshake is failing (retransmissions of message 1 take seconds)
        wlc->TraceConnectWithoutContext(
            "PemStateChanged",
            Callback<void, Mac48Address, PemState, PemState>([&probes, bad](Mac48Address mac,
                                                                            PemState,
                                                                            PemState to) {
                if (mac == bad && to == PemState::DOT1X_REQD)
                {
                    Simulator::Schedule(MilliSeconds(500), &Probes::Uplink, &probes, "intruder-up");
                    Simulator::Schedule(MilliSeconds(500),
                                        &Probes::Downlink,
                                        &probes,
                                        "intruder-down",
                                        bad);
                }
            }));
        Simulator::Stop(Seconds(30));
        Simulator::Run();

        const auto& changes = rec.pem[bad];
        std::string what = "PEM states of the intruder: " + PemSequence(changes);
        NS_TEST_ASSERT_MSG_GT(changes.size(), 0, what);
        if (changes.empty())
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(FirstEntered(changes, PemState::DOT1X_REQD).IsStrictlyPositive(),
                              true,
                              what);
        NS_TEST_EXPECT_MSG_EQ(FirstEntered(changes, PemState::L2AUTHCOMPLETE).IsStrictlyNegative(),
                              true,
                              what);
        NS_TEST_EXPECT_MSG_EQ(FirstEntered(changes, PemState::DHCP_REQD).IsStrictlyNegative(),
                              true,
                              what);
        NS_TEST_EXPECT_MSG_EQ(FirstEntered(changes, PemState::RUN).IsStrictlyNegative(),
                              true,
                              what);
        // the handshake failed on the MIC of message 2
        NS_TEST_ASSERT_MSG_GT_OR_EQ(failed.size(), 1, "HandshakeFailed traces");
        if (failed.empty())
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_NE(failed[0].find("MIC failure on message 2"),
                              std::string::npos,
                              failed[0]);
        // removed by the controller with the Layer 2 reason, and deleted at the AP
        uint32_t removals = 0;
        for (const auto& [mac, reason] : rec.removed)
        {
            NS_TEST_EXPECT_MSG_EQ(mac, bad, "ClientRemoved of another client: " << reason);
            NS_TEST_EXPECT_MSG_EQ(reason.rfind("Layer 2 security failed", 0),
                                  0,
                                  "ClientRemoved reason: " << reason);
            removals += mac == bad;
        }
        NS_TEST_EXPECT_MSG_GT_OR_EQ(removals, 1, "ClientRemoved of the intruder");
        NS_TEST_EXPECT_MSG_EQ(wlc->GetClients().Find(bad), nullptr, "intruder entry at the end");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(addedAtAp.size(), 1, "Add Station of the intruder at AP001");
        NS_TEST_EXPECT_MSG_EQ(deletedAtAp.size(),
                              addedAtAp.size(),
                              "Delete Station of the intruder at AP001");
        NS_TEST_EXPECT_MSG_EQ(scenario.GetWtp(0)->GetStations().count(bad), 0, "AP001 stations");
        // the client side: its port never opened, its IP stack was held back
        for (bool on : authorized)
        {
            NS_TEST_EXPECT_MSG_EQ(on, false, "the intruder's port was authorized");
        }
        NS_TEST_EXPECT_MSG_GT(portDrops, 0, "the intruder's port dropped nothing");
        // nothing of the intruder on the wire or at the server
        std::size_t fromIntruder = 0;
        for (const auto& frame : tap.GetFrames())
        {
            EthernetFrame ethernet;
            fromIntruder += ParseEthernet(frame.bytes, ethernet) && ethernet.source == bad;
        }
        NS_TEST_EXPECT_MSG_EQ(fromIntruder, 0, "frames with the intruder's MAC on VLAN 81");
        NS_TEST_EXPECT_MSG_EQ(probes.uplinkSent.size(), 1, "uplink probe sent");
        NS_TEST_EXPECT_MSG_EQ(Join(rec.DropReasons(TextBytes("intruder-up"))),
                              "[client in 8021X_REQD: uplink frame not allowed] ",
                              "uplink probe drops");
        NS_TEST_EXPECT_MSG_EQ(sink.GetReceived().size(), 0, "datagrams at the server's probe port");
        NS_TEST_EXPECT_MSG_EQ(Join(rec.DropReasons(TextBytes("intruder-down"))),
                              "[client in 8021X_REQD: downlink frame not allowed] ",
                              "downlink probe drops");
        NS_TEST_EXPECT_MSG_EQ(CountFrames(stationRx, TextBytes("intruder-down")),
                              0,
                              "downlink probe reached the intruder");
        // the legitimate client is in RUN and exchanges traffic
        const ClientEntry* good = wlc->GetClients().Find(scenario.GetClientMac(0));
        NS_TEST_ASSERT_MSG_NE(good, nullptr, "the legitimate client");
        if (!good)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(PemStateName(good->pemState), "RUN", "the legitimate client");
        NS_TEST_EXPECT_MSG_GT(scenario.GetDownlinkReceived(0), 500, "downlink of the client");
        NS_TEST_EXPECT_MSG_GT(scenario.GetUplinkReceived(0), 500, "uplink of the client");
        Simulator::Destroy();
    }
};

/// The suite.
class PemStateTestSuite : public TestSuite
{
  public:
    PemStateTestSuite()
        : TestSuite("wlc-pem-states", WLC_TEST_SYSTEM)
    {
        AddTestCase(new PemWrongPassphraseTestCase, WLC_TEST_QUICK);
        AddTestCase(new PemSequenceTestCase(WlanSecurity::WPA2_PSK), WLC_TEST_QUICK);
        AddTestCase(new PemSequenceTestCase(WlanSecurity::OPEN), WLC_TEST_QUICK);
    }
};

/// Static instance.
PemStateTestSuite g_pemStateTestSuite;

} // namespace
