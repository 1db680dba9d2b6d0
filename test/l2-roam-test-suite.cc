/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * System test of a Layer 2 inter-controller roam: WLC1 and WLC2 both map WLAN 8 to VLAN 81
 * (interface intanchor; 10.99.81.1 and 10.99.81.2), so a client that walks from AP001 (WLC1) to
 * AP002 (WLC2) stays on its subnet. The mobility exchange moves the client's entry: WLC2 holds it
 * Local (no Anchor or Foreign marking, no tunnel), WLC1 deletes it and AP001 the station; the
 * client keeps its address and its traffic.
 */

#include "wlc-mobility-test-fixture.h"

#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

/// AP001 (WLC1) -> AP002 (WLC2) on one VLAN.
class L2RoamTestCase : public MobilityTestCase
{
  public:
    L2RoamTestCase()
        : MobilityTestCase("Layer 2 roam AP001 (WLC1) -> AP002 (WLC2), both on VLAN 81")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config = InterControllerConfig(2, 10);
        config.sameVlan = true;
        MobilityRunOptions options;
        options.routerVlans = {81};
        MobilityRunResult r = RunMobilityScenario(config, options);
        const Mac48Address client = r.client;
        const Ipv4Address ip = REFERENCE_CLIENT_IP;
        const ControllerRecord& wlc1 = r.wlcs.at(0);
        const ControllerRecord& wlc2 = r.wlcs.at(1);

        // --- before: Local at WLC1
        WLC_REQUIRE_EQ(wlc1.before.present, true, "WLC1's entry before the roam");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc1.before.entry.mobilityRole),
                              "Local",
                              "WLC1 role before");
        NS_TEST_EXPECT_MSG_EQ(wlc1.before.entry.apName, "AP001", "AP before");
        NS_TEST_EXPECT_MSG_EQ(wlc1.before.entry.ip, ip, "IP before");
        ExpectNoEntry(wlc2.before, client, "WLC2 before the roam");

        // --- the roam monitor: one Layer 2 roam between the controllers
        WLC_REQUIRE_EQ(r.roams.size(), 1, "roams:\n" << r.roamSummary);
        const RoamRecord& roam = r.roams[0];
        NS_TEST_EXPECT_MSG_EQ(roam.type, "l2", r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(roam.fromAp + ">" + roam.toAp, "AP001>AP002", r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(roam.fromWlc + ">" + roam.toWlc, "WLC1>WLC2", r.roamSummary);
        NS_TEST_EXPECT_MSG_GT_OR_EQ(roam.mobilityMs, 3, r.roamSummary);
        NS_TEST_EXPECT_MSG_LT_OR_EQ(roam.mobilityMs, 30, r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(roam.ipBefore, ip, r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(roam.ipAfter, ip, r.roamSummary);
        std::vector<std::map<std::string, std::string>> csv = CsvRows(r.csv);
        WLC_REQUIRE_EQ(csv.size(), 1, "roams.csv:\n" << r.csv);
        NS_TEST_EXPECT_MSG_EQ(csv[0]["type"], "l2", r.csv);

        // --- after: WLC2 holds the client Local, on VLAN 81; WLC1 has no entry
        const EntrySnapshot& after = wlc2.after;
        WLC_REQUIRE_EQ(after.present, true, "WLC2's entry after the roam");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(after.entry.mobilityRole), "Local", "WLC2 role");
        NS_TEST_EXPECT_MSG_EQ(after.entry.mobilityPeer,
                              Ipv4Address::GetAny(),
                              "WLC2 mobility peer");
        NS_TEST_EXPECT_MSG_EQ(after.entry.apName, "AP002", "WLC2 AP");
        NS_TEST_EXPECT_MSG_EQ(after.entry.ip, ip, "WLC2 IP");
        NS_TEST_EXPECT_MSG_EQ(after.entry.interfaceName, "intanchor", "WLC2 interface");
        NS_TEST_EXPECT_MSG_EQ(after.entry.vlan, 81, "WLC2 VLAN");
        NS_TEST_EXPECT_MSG_EQ(after.entry.accessVlan, 81, "WLC2 access VLAN");
        NS_TEST_EXPECT_MSG_EQ(PemStateName(after.entry.pemState), "RUN", "WLC2 PEM");
        // WlcMobility::OnHandoff: a Layer 2 roam keeps the move count of the handoff (the
        // count grows only when a controller becomes the client's Foreign)
        NS_TEST_EXPECT_MSG_EQ(after.entry.moveCount, 0, "WLC2 move count");
        ExpectDetail(after.detail,
                     {{"AP Name", "AP002"},
                      {"AP MAC Address", "00:3a:99:14:13:70"},
                      {"BSSID", "00:3a:99:14:13:77"},
                      {"IP Address", "10.99.81.40"},
                      {"Mobility State", "Local"},
                      {"Mobility Anchor IP Address", "<missing>"},
                      {"Mobility Foreign IP Address", "<missing>"},
                      {"Mobility Move Count", "0"},
                      {"Policy Manager State", "RUN"},
                      {"Interface", "intanchor"},
                      {"VLAN", "81"},
                      {"Access VLAN", "81"}},
                     "WLC2 after the roam");
        ExpectSummaryRow(after.summary, client, "AP002", "802.11a", "WLC2 after the roam");
        ExpectNoEntry(wlc1.after, client, "WLC1 after the roam");

        // --- no Anchor/Foreign marking was ever made, WLC1 deleted the client after the
        // handoff, AP001 got a Delete Station for it
        NS_TEST_EXPECT_MSG_EQ(wlc1.roles.size(), 0, "WLC1 role changes:" << RolesText(wlc1.roles));
        NS_TEST_EXPECT_MSG_EQ(wlc2.roles.size(), 0, "WLC2 role changes:" << RolesText(wlc2.roles));
        NS_TEST_EXPECT_MSG_EQ(wlc2.handoffs.size(), 1, "WLC2 mobility exchanges");
        if (wlc2.handoffs.size() == 1)
        {
            NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc2.handoffs[0].role), "Local", "role");
            NS_TEST_EXPECT_MSG_EQ(wlc2.handoffs[0].from, WLC1_ADDRESS, "handed off by");
            NS_TEST_EXPECT_MSG_EQ(wlc2.handoffs[0].layer3, false, "Layer 3");
        }
        NS_TEST_EXPECT_MSG_EQ(wlc1.removed.size(), 1, "WLC1 removed the client once");
        if (wlc1.removed.size() == 1)
        {
            NS_TEST_EXPECT_MSG_GT(wlc1.removed[0].first, roam.time, "WLC1 removal time");
            NS_TEST_EXPECT_MSG_LT(wlc1.removed[0].first, roam.time + Seconds(1), "removal time");
        }
        NS_TEST_EXPECT_MSG_EQ(wlc2.removed.size(), 0, "WLC2 removed the client");
        NS_TEST_EXPECT_MSG_EQ(r.aps[0].deleted.size(), 1, "Delete Station at AP001");
        if (r.aps[0].deleted.size() == 1)
        {
            NS_TEST_EXPECT_MSG_GT(r.aps[0].deleted[0], roam.time, "Delete Station time");
        }
        NS_TEST_EXPECT_MSG_EQ(r.aps[0].hasStation, false, "AP001 station table");
        NS_TEST_EXPECT_MSG_EQ(r.aps[1].added.size(), 1, "Add Station at AP002");
        NS_TEST_EXPECT_MSG_EQ(r.aps[1].hasStation, true, "AP002 station table");
        // no tunnel
        NS_TEST_EXPECT_MSG_EQ(wlc1.tunnelTx.size() + wlc1.tunnelRx.size(), 0, "EtherIP at WLC1");
        NS_TEST_EXPECT_MSG_EQ(wlc2.tunnelTx.size() + wlc2.tunnelRx.size(), 0, "EtherIP at WLC2");
        // the mobility exchange: announced with WLC2's address on VLAN 81, no tunnel plumbed
        std::size_t start = FirstItemAt(wlc2, roam.time);
        ExpectDebugSequence(wlc2,
                            {{"Mobility query, PEM State: L2AUTHCOMPLETE"},
                             {"Mobility packet sent to:",
                              "10.99.80.1, port 16666",
                              "type: 3(MobileAnnounce)",
                              "VLAN IP: 10.99.81.2, netmask: 255.255.255.0"},
                             {"Mobility packet received from:",
                              "10.99.80.1, port 16666",
                              "type: 5(MobileHandoff)",
                              "IP: 10.99.81.40"},
                             {"Mobility Response: IP 10.99.81.40 code Handoff (1)", "Role Local"}},
                            "WLC2 at the Layer 2 roam",
                            start);
        ExpectDebugItems(wlc1,
                         {{"Handoff as Local, Client IP: 10.99.81.40"}},
                         "WLC1 at the Layer 2 roam",
                         FirstItemAt(wlc1, roam.time));
        NS_TEST_EXPECT_MSG_EQ(CountItems(wlc1.debug, {"Plumbing"}) +
                                  CountItems(wlc2.debug, {"Plumbing"}) +
                                  CountItems(wlc1.debug, {"mobility role update"}) +
                                  CountItems(wlc2.debug, {"mobility role update"}),
                              0,
                              "tunnel or role lines:" << DebugText(wlc1.debug, roam.time)
                                                      << DebugText(wlc2.debug, roam.time));

        // --- the address and the traffic
        ExpectAddressKept(r, ip);
        ExpectTraffic(r);
        // the uplink leaves WLC2 on VLAN 81 with the client's MAC
        NS_TEST_EXPECT_MSG_GT_OR_EQ(
            double(CountFrames(
                r.routerPort[81],
                [client, ip](const FrameInfo& f) { return f.source == client && IsUplink(ip)(f); },
                r.windowStart,
                r.stop)),
            0.95 * double(r.upSent),
            "uplink on VLAN 81 after the roam; " << r.traffic);
    }
};

/// The suite.
class L2RoamTestSuite : public TestSuite
{
  public:
    L2RoamTestSuite()
        : TestSuite("wlc-l2-roam", WLC_TEST_SYSTEM)
    {
        AddTestCase(new L2RoamTestCase, WLC_TEST_QUICK);
    }
};

/// Static instance.
L2RoamTestSuite g_l2RoamTestSuite;

} // namespace
