/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * System test of a roam on to a third controller: WLC1 (VLAN 81), WLC2 (VLAN 84) and WLC3
 * (10.99.86.1, intthird, VLAN 87) with one AP each; the client walks AP001 -> AP002 -> AP003.
 * The anchor stays WLC1 and the tunnel follows the client: WLC3 becomes its Foreign (move count
 * 2) and tells WLC1 with a MobileAnchorUpdate, WLC2 deletes its entry.
 */

#include "wlc-mobility-test-fixture.h"

#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

/// AP001 (WLC1) -> AP002 (WLC2) -> AP003 (WLC3).
class ThirdControllerTestCase : public MobilityTestCase
{
  public:
    ThirdControllerTestCase()
        : MobilityTestCase("AP001 (WLC1) -> AP002 (WLC2) -> AP003 (WLC3): anchor kept")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config = InterControllerConfig(3, 10);
        MobilityRunOptions options;
        options.routerVlans = {81, 84, 87};
        MobilityRunResult r = RunMobilityScenario(config, options);
        const Mac48Address client = r.client;
        const Ipv4Address ip = REFERENCE_CLIENT_IP;
        const ControllerRecord& wlc1 = r.wlcs.at(0);
        const ControllerRecord& wlc2 = r.wlcs.at(1);
        const ControllerRecord& wlc3 = r.wlcs.at(2);

        // --- two Layer 3 roams
        WLC_REQUIRE_EQ(r.roams.size(), 2, "roams:\n" << r.roamSummary);
        const RoamRecord& first = r.roams[0];
        const RoamRecord& second = r.roams[1];
        NS_TEST_EXPECT_MSG_EQ(first.type + "," + second.type, "l3,l3", r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(first.fromWlc + ">" + first.toWlc, "WLC1>WLC2", r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(second.fromWlc + ">" + second.toWlc, "WLC2>WLC3", r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(second.fromAp + ">" + second.toAp, "AP002>AP003", r.roamSummary);
        // the second exchange also waits for the anchor's acknowledgement of the new tunnel
        NS_TEST_EXPECT_MSG_GT(second.mobilityMs, 3, r.roamSummary);
        NS_TEST_EXPECT_MSG_LT(second.mobilityMs, 50, r.roamSummary);
        NS_TEST_EXPECT_MSG_LT(second.time, r.windowStart - Seconds(2), r.roamSummary);

        // --- after: WLC1 still the anchor, now towards WLC3
        const EntrySnapshot& anchor = wlc1.after;
        WLC_REQUIRE_EQ(anchor.present, true, "WLC1's entry after the roams");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(anchor.entry.mobilityRole), "Anchor", "WLC1 role");
        NS_TEST_EXPECT_MSG_EQ(anchor.entry.mobilityPeer, WLC3_ADDRESS, "WLC1 foreign IP");
        NS_TEST_EXPECT_MSG_EQ(anchor.entry.ip, ip, "WLC1 IP");
        NS_TEST_EXPECT_MSG_EQ(anchor.entry.vlan, 81, "WLC1 VLAN");
        ExpectDetail(anchor.detail,
                     {{"AP Name", "N/A"},
                      {"AP MAC Address", "00:00:00:00:00:00"},
                      {"Mobility State", "Anchor"},
                      {"Mobility Foreign IP Address", "10.99.86.1"},
                      {"IP Address", "10.99.81.40"},
                      {"Policy Manager State", "RUN"},
                      {"Interface", "intanchor"},
                      {"VLAN", "81"},
                      {"Access VLAN", "81"}},
                     "WLC1 after the roams");
        ExpectSummaryRow(anchor.summary, client, "10.99.86.1", "Mobile", "WLC1 after the roams");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(wlc1.roles.size(), 1, RolesText(wlc1.roles));
        if (!wlc1.roles.empty())
        {
            NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc1.roles.back().to), "Anchor", "WLC1 role");
            NS_TEST_EXPECT_MSG_EQ(wlc1.roles.back().peer,
                                  WLC3_ADDRESS,
                                  "WLC1's last role change:" << RolesText(wlc1.roles));
        }

        // --- WLC2 has no entry any more; AP002 deleted the station
        ExpectNoEntry(wlc2.after, client, "WLC2 after the roams");
        NS_TEST_EXPECT_MSG_EQ(wlc2.removed.size(), 1, "WLC2 removed the client once");
        NS_TEST_EXPECT_MSG_EQ(r.aps[1].deleted.size(), 1, "Delete Station at AP002");
        NS_TEST_EXPECT_MSG_EQ(r.aps[1].hasStation, false, "AP002 station table");
        NS_TEST_EXPECT_MSG_EQ(r.aps[2].hasStation, true, "AP003 station table");

        // --- WLC3: Foreign, anchor WLC1, move count 2, its own interface
        const EntrySnapshot& foreign = wlc3.after;
        WLC_REQUIRE_EQ(foreign.present, true, "WLC3's entry after the roams");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(foreign.entry.mobilityRole), "Foreign", "WLC3 role");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.mobilityPeer, WLC1_ADDRESS, "WLC3 anchor IP");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.moveCount, 2, "WLC3 move count");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.apName, "AP003", "WLC3 AP");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.interfaceName, "intthird", "WLC3 interface");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.vlan, 87, "WLC3 VLAN");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.accessVlan, 81, "WLC3 access VLAN");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.ip, ip, "WLC3 IP");
        NS_TEST_EXPECT_MSG_EQ(PemStateName(foreign.entry.pemState), "RUN", "WLC3 PEM");
        ExpectDetail(foreign.detail,
                     {{"AP Name", "AP003"},
                      {"Mobility State", "Foreign"},
                      {"Mobility Anchor IP Address", "10.99.80.1"},
                      {"Mobility Foreign IP Address", "<missing>"},
                      {"Mobility Move Count", "2"},
                      {"IP Address", "10.99.81.40"},
                      {"Policy Manager State", "RUN"},
                      {"Interface", "intthird"},
                      {"VLAN", "87"},
                      {"Access VLAN", "81"}},
                     "WLC3 after the roams");
        ExpectSummaryRow(foreign.summary, client, "AP003", "802.11a", "WLC3 after the roams");

        // --- the exchange: WLC2 hands the client off as Foreign with WLC1 as its anchor, WLC3
        // sends the anchor a MobileAnchorUpdate, WLC1 moves the tunnel and acknowledges
        ExpectDebugItems(wlc2,
                         {{"Handoff as Foreign, Client IP: 10.99.81.40 Anchor IP: 10.99.80.1"},
                          {"Mobility packet sent to:",
                           "10.99.86.1, port 16666",
                           "type: 5(MobileHandoff)",
                           "len 546"}},
                         "WLC2 at the second roam",
                         FirstItemAt(wlc2, second.time));
        ExpectDebugSequence(
            wlc3,
            {{"Mobility query, PEM State: L2AUTHCOMPLETE"},
             {"Mobility packet sent to:", "type: 3(MobileAnnounce)", "VLAN IP: 10.99.87.1"},
             {"Mobility packet received from:",
              "10.99.82.1, port 16666",
              "type: 5(MobileHandoff)",
              "IP: 10.99.81.40"},
             {"Mobility handoff for client:Ip: 10.99.81.40 Anchor IP: 10.99.80.1, Peer IP: "
              "10.99.82.1"},
             {"mobility role update request from Unassociated to Foreign Peer = 10.99.82.1, Old "
              "Anchor = 10.99.80.1, New Anchor = 10.99.80.1"},
             {"Plumbing duplex mobility tunnel to 10.99.80.1 as Foreign, (VLAN 87)"},
             {"Mobility packet sent to:",
              "10.99.80.1, port 16666",
              "type: 8(MobileAnchorUpdate)",
              "len 72",
              "mobile MAC: aa:26:96:3e:4b:ee, IP: 10.99.81.40"},
             {"Mobility packet received from:",
              "10.99.80.1, port 16666",
              "type: 9(MobileAnchorUpdateAck)",
              "len 64"}},
            "WLC3 at the second roam",
            FirstItemAt(wlc3, second.time));
        ExpectDebugSequence(wlc1,
                            {{"Mobility packet received from:",
                              "10.99.86.1, port 16666",
                              "type: 8(MobileAnchorUpdate)"},
                             {"anchor tunnel moved from 10.99.82.1 to 10.99.86.1"},
                             {"Mobility packet sent to:",
                              "10.99.86.1, port 16666",
                              "type: 9(MobileAnchorUpdateAck)"}},
                            "WLC1 at the second roam",
                            FirstItemAt(wlc1, second.time));
        NS_TEST_EXPECT_MSG_EQ(
            CountItems(wlc1.debug, {"Mobility packet sent to:", "MobileHandoff)"}),
            1,
            "handoffs sent by the anchor (only at the first roam)");

        // --- the address, the traffic, and the tunnel now between WLC1 and WLC3
        ExpectAddressKept(r, ip);
        ExpectTraffic(r);
        const Time from = r.windowStart;
        const Time to = r.stop;
        auto downlink = [client, ip](const FrameInfo& f) {
            return f.destination == client && IsDownlink(ip)(f);
        };
        NS_TEST_EXPECT_MSG_GT_OR_EQ(double(CountFrames(wlc1.tunnelTx, downlink, from, to)),
                                    0.95 * double(r.downSent),
                                    "downlink into the tunnel at WLC1; " << r.traffic);
        NS_TEST_EXPECT_MSG_GT_OR_EQ(double(CountFrames(wlc3.tunnelRx, downlink, from, to)),
                                    0.95 * double(r.downSent),
                                    "downlink out of the tunnel at WLC3; " << r.traffic);
        NS_TEST_EXPECT_MSG_GT(CountFrames(wlc2.tunnelRx, downlink, first.time, second.time),
                              100,
                              "downlink through WLC2 between the roams");
        NS_TEST_EXPECT_MSG_EQ(CountFrames(wlc2.tunnelRx, downlink, from, to),
                              0,
                              "downlink through WLC2 after the second roam");
        // asymmetric tunnelling: the uplink leaves WLC3 on VLAN 87
        NS_TEST_EXPECT_MSG_GT_OR_EQ(double(CountFrames(r.routerPort[87], IsUplink(ip), from, to)),
                                    0.95 * double(r.upSent),
                                    "uplink on VLAN 87; " << r.traffic);
        NS_TEST_EXPECT_MSG_EQ(CountFrames(r.routerPort[84], IsUplink(ip), from, to),
                              0,
                              "uplink on VLAN 84 after the second roam");
    }
};

/// The suite.
class ThirdControllerTestSuite : public TestSuite
{
  public:
    ThirdControllerTestSuite()
        : TestSuite("wlc-third-controller", WLC_TEST_SYSTEM)
    {
        AddTestCase(new ThirdControllerTestCase, WLC_TEST_QUICK);
    }
};

/// Static instance.
ThirdControllerTestSuite g_thirdControllerTestSuite;

} // namespace
