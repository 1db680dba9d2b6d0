/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * System test of a roam back to the anchor: after the reference Layer 3 roam AP001 (WLC1) ->
 * AP002 (WLC2) the client walks back to AP001. The Anchor and Foreign markings are removed: WLC1
 * holds the client Local again, WLC2 deletes its entry (and AP002 the station), the tunnel is no
 * longer used, and the client keeps its address and its traffic.
 */

#include "wlc-mobility-test-fixture.h"

#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

/// AP001 -> AP002 -> AP001.
class RoamBackTestCase : public MobilityTestCase
{
  public:
    RoamBackTestCase()
        : MobilityTestCase("AP001 (WLC1) -> AP002 (WLC2) -> AP001: Local at WLC1 again")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config = InterControllerConfig(2, 10);
        config.roamBack = true;
        MobilityRunOptions options;
        options.routerVlans = {81, 84};
        MobilityRunResult r = RunMobilityScenario(config, options);
        const Mac48Address client = r.client;
        const Ipv4Address ip = REFERENCE_CLIENT_IP;
        const ControllerRecord& wlc1 = r.wlcs.at(0);
        const ControllerRecord& wlc2 = r.wlcs.at(1);

        // --- two Layer 3 roams: away from the anchor and back to it
        WLC_REQUIRE_EQ(r.roams.size(), 2, "roams:\n" << r.roamSummary);
        const RoamRecord& away = r.roams[0];
        const RoamRecord& back = r.roams[1];
        NS_TEST_EXPECT_MSG_EQ(away.type + "," + back.type, "l3,l3", r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(away.fromAp + ">" + away.toAp, "AP001>AP002", r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(back.fromAp + ">" + back.toAp, "AP002>AP001", r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(back.fromWlc + ">" + back.toWlc, "WLC2>WLC1", r.roamSummary);
        for (const RoamRecord& roam : r.roams)
        {
            NS_TEST_EXPECT_MSG_GT_OR_EQ(roam.mobilityMs, 3, r.roamSummary);
            NS_TEST_EXPECT_MSG_LT_OR_EQ(roam.mobilityMs, 30, r.roamSummary);
            NS_TEST_EXPECT_MSG_EQ(roam.ipAfter, ip, r.roamSummary);
        }
        std::vector<std::map<std::string, std::string>> csv = CsvRows(r.csv);
        WLC_REQUIRE_EQ(csv.size(), 2, "roams.csv:\n" << r.csv);
        NS_TEST_EXPECT_MSG_EQ(csv[0]["type"] + "," + csv[1]["type"], "l3,l3", r.csv);
        NS_TEST_EXPECT_MSG_LT(back.time, r.windowStart - Seconds(2), r.roamSummary);

        // --- between the roams WLC1 was the anchor and WLC2 the foreign controller
        NS_TEST_EXPECT_MSG_GT_OR_EQ(wlc1.roles.size(), 1, "WLC1 roles:" << RolesText(wlc1.roles));
        if (!wlc1.roles.empty())
        {
            NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc1.roles[0].to), "Anchor", "first role");
            NS_TEST_EXPECT_MSG_EQ(wlc1.roles[0].peer, WLC2_ADDRESS, "first peer");
            NS_TEST_EXPECT_MSG_LT(wlc1.roles[0].time, back.time, "first role change");
        }
        NS_TEST_EXPECT_MSG_EQ(wlc2.roles.size(), 1, "WLC2 roles:" << RolesText(wlc2.roles));
        if (wlc2.roles.size() == 1)
        {
            NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc2.roles[0].to), "Foreign", "WLC2 role");
        }

        // --- after the roam back: Local at WLC1, no Anchor marking; WLC2 has no entry
        const EntrySnapshot& after = wlc1.after;
        WLC_REQUIRE_EQ(after.present, true, "WLC1's entry after the roam back");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(after.entry.mobilityRole), "Local", "WLC1 role");
        NS_TEST_EXPECT_MSG_EQ(after.entry.mobilityPeer, Ipv4Address::GetAny(), "WLC1 peer");
        NS_TEST_EXPECT_MSG_EQ(after.entry.apName, "AP001", "WLC1 AP");
        NS_TEST_EXPECT_MSG_EQ(after.entry.ip, ip, "WLC1 IP");
        NS_TEST_EXPECT_MSG_EQ(after.entry.interfaceName, "intanchor", "WLC1 interface");
        NS_TEST_EXPECT_MSG_EQ(after.entry.vlan, 81, "WLC1 VLAN");
        NS_TEST_EXPECT_MSG_EQ(after.entry.moveCount, 0, "WLC1 move count");
        NS_TEST_EXPECT_MSG_EQ(PemStateName(after.entry.pemState), "RUN", "WLC1 PEM");
        ExpectDetail(after.detail,
                     {{"AP Name", "AP001"},
                      {"AP MAC Address", "aa:22:bd:98:3a:30"},
                      {"BSSID", "00:22:bd:98:3a:38"},
                      {"IP Address", "10.99.81.40"},
                      {"Mobility State", "Local"},
                      {"Mobility Foreign IP Address", "<missing>"},
                      {"Mobility Anchor IP Address", "<missing>"},
                      {"Mobility Move Count", "0"},
                      {"Policy Manager State", "RUN"},
                      {"Interface", "intanchor"},
                      {"VLAN", "81"},
                      {"Access VLAN", "81"}},
                     "WLC1 after the roam back");
        ExpectSummaryRow(after.summary, client, "AP001", "802.11a", "WLC1 after the roam back");
        ExpectNoEntry(wlc2.after, client, "WLC2 after the roam back");
        NS_TEST_EXPECT_MSG_EQ(wlc2.removed.size(), 1, "WLC2 removed the client once");
        NS_TEST_EXPECT_MSG_EQ(r.aps[1].deleted.size(), 1, "Delete Station at AP002");
        if (r.aps[1].deleted.size() == 1)
        {
            NS_TEST_EXPECT_MSG_GT(r.aps[1].deleted[0], back.time, "Delete Station time");
        }
        NS_TEST_EXPECT_MSG_EQ(r.aps[0].hasStation, true, "AP001 station table");
        NS_TEST_EXPECT_MSG_EQ(r.aps[1].hasStation, false, "AP002 station table");

        // --- the exchange of the roam back: WLC1 announces, WLC2 hands off as Foreign, WLC1
        // takes the client back as its anchor
        ExpectDebugSequence(
            wlc1,
            {{"Mobility query, PEM State: L2AUTHCOMPLETE"},
             {"Mobility packet sent to:",
              "10.99.82.1, port 16666",
              "type: 3(MobileAnnounce)",
              "VLAN IP: 10.99.81.1"},
             {"Mobility packet received from:", "10.99.82.1, port 16666", "type: 5(MobileHandoff)"},
             {"Mobility handoff for client:Ip: 10.99.81.40 Anchor IP: 10.99.80.1"},
             {"Mobility Response: IP 10.99.81.40", "Role Local"}},
            "WLC1 at the roam back",
            FirstItemAt(wlc1, back.time));
        ExpectDebugItems(wlc2,
                         {{"Handoff as Foreign, Client IP: 10.99.81.40 Anchor IP: 10.99.80.1"}},
                         "WLC2 at the roam back",
                         FirstItemAt(wlc2, back.time));
        // the MobilityRoleChanged trace reports every role change: the last one of WLC1 is
        // Anchor -> Local
        NS_TEST_EXPECT_MSG_EQ(wlc1.roles.size(), 2, "WLC1 roles:" << RolesText(wlc1.roles));
        if (wlc1.roles.size() == 2)
        {
            NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc1.roles[1].from), "Anchor", "old role");
            NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc1.roles[1].to), "Local", "new role");
            NS_TEST_EXPECT_MSG_GT(wlc1.roles[1].time, back.time, "role change time");
        }

        // --- the address, the traffic, and no tunnel any more
        ExpectAddressKept(r, ip);
        ExpectTraffic(r);
        auto any = [](const FrameInfo&) { return true; };
        NS_TEST_EXPECT_MSG_GT(CountFrames(wlc1.tunnelTx, any, away.time, back.time),
                              100,
                              "tunnel used between the roams");
        NS_TEST_EXPECT_MSG_EQ(CountFrames(wlc1.tunnelTx, any, r.windowStart, r.stop) +
                                  CountFrames(wlc2.tunnelTx, any, r.windowStart, r.stop),
                              0,
                              "EtherIP after the roam back");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(
            double(CountFrames(r.routerPort[81], IsUplink(ip), r.windowStart, r.stop)),
            0.95 * double(r.upSent),
            "uplink on VLAN 81 after the roam back; " << r.traffic);
        NS_TEST_EXPECT_MSG_EQ(CountFrames(r.routerPort[84], IsUplink(ip), r.windowStart, r.stop),
                              0,
                              "uplink on VLAN 84 after the roam back");
    }
};

/// The suite.
class RoamBackTestSuite : public TestSuite
{
  public:
    RoamBackTestSuite()
        : TestSuite("wlc-roam-back", WLC_TEST_SYSTEM)
    {
        AddTestCase(new RoamBackTestCase, WLC_TEST_QUICK);
    }
};

/// Static instance.
RoamBackTestSuite g_roamBackTestSuite;

} // namespace
