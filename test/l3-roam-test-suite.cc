/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * System test of the reference Layer 3 inter-controller roam (the flagship example): WLC1
 * (10.99.80.1, AP001, WLAN 8 on intanchor, VLAN 81) and WLC2 (10.99.82.1, AP002, intforeign,
 * VLAN 84) in one mobility group; a WPA2-PSK client walks from AP001 to AP002. The controllers'
 * client entries and `show client` output before and after the roam, the mobility message
 * sequence of their `debug mobility handoff` lines, the client's address, the EtherIP tunnel and
 * the path of the traffic each way are checked against the reference write-up
 * (shared/reference/l3-inter-controller-roaming.txt), with asymmetric (AireOS default) and
 * symmetric mobility tunnelling, and once with the reference's own trigger (the client stands
 * between the APs, WLC1 resets AP001). A last test case checks the details of the reference's
 * `debug mobility handoff` lines that the others leave out: the order of the anchor's lines and
 * the PEM state on the foreign controller's role update and tunnel lines.
 */

#include "wlc-mobility-test-fixture.h"

#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

/// \return WLC1's `debug mobility handoff` steps at the roam, in the reference's order
std::vector<DebugStep>
AnchorSteps()
{
    return {{"Mobility packet received from:",
             "10.99.82.1, port 16666",
             "type: 3(MobileAnnounce)",
             "len 116 flags 0",
             "mobile MAC: aa:26:96:3e:4b:ee, IP: 0.0.0.0, instance: 0",
             "VLAN IP: 10.99.84.3, netmask: 255.255.255.0"},
            {"Switch IP: 10.99.82.1"},
            {"aa:26:96:3e:4b:ee Handoff as Local, Client IP: 10.99.81.40 Anchor IP: 10.99.80.1"},
            {"Anchor Mac : 00.21.d8.fa.66.00"},
            {"Mobility packet sent to:",
             "10.99.82.1, port 16666",
             "type: 5(MobileHandoff)",
             "len 546 flags 0",
             "mobile MAC: aa:26:96:3e:4b:ee, IP: 10.99.81.40, instance: 0",
             "VLAN IP: 10.99.81.1, netmask: 255.255.255.0"},
            {"aa:26:96:3e:4b:ee 10.99.81.40 RUN (20) mobility role update request from Local to "
             "Anchor Peer = 10.99.82.1, Old Anchor = 10.99.80.1, New Anchor = 10.99.80.1"},
            {"aa:26:96:3e:4b:ee 10.99.81.40 RUN (20) Plumbing duplex mobility tunnel to "
             "10.99.82.1 as Anchor (VLAN 81)"},
            {"Mobility Response: IP 10.99.81.40 code Handoff Indication (2), reason Client "
             "handoff successful - anchor released (1), PEM State RUN, Role Anchor(2)"}};
}

/// The reference roam, with one tunnelling mode.
class L3RoamTestCase : public MobilityTestCase
{
  public:
    /**
     * \param symmetric symmetric mobility tunnelling
     * \param reset the reference's trigger: the client stands between the APs and WLC1 resets
     *        AP001 (`config ap reset AP001`), instead of the client walking to AP002
     */
    L3RoamTestCase(bool symmetric, bool reset = false)
        : MobilityTestCase(std::string("reference Layer 3 roam AP001 (WLC1) -> AP002 (WLC2), ") +
                           (symmetric ? "symmetric" : "asymmetric") + " tunnelling" +
                           (reset ? ", WLC1 resets AP001" : ", the client walks")),
          m_symmetric(symmetric),
          m_reset(reset)
    {
    }

  private:
    void DoRun() override
    {
        // the flagship example's configuration (walking at 1.4 m/s)
        RoamingScenario::Config config = InterControllerConfig(2);
        config.symmetricTunneling = m_symmetric;
        MobilityRunOptions options;
        options.routerVlans = {81, 84};
        if (m_reset)
        {
            // as the flagship's --trigger=reset: nearer AP001, which is reset at 30 s
            config.apSpacing = 70;
            config.clientStart = 25;
            config.resetAt = Seconds(30);
            config.clientsArriveAt = Seconds(15);
            options.beforeAt = config.resetAt - Seconds(1);
        }
        MobilityRunResult r = RunMobilityScenario(config, options);
        const Mac48Address client = r.client;
        const Ipv4Address ip = REFERENCE_CLIENT_IP;
        WLC_REQUIRE_EQ(client, REFERENCE_CLIENT_MAC, "the reference client");
        const ControllerRecord& wlc1 = r.wlcs.at(0);
        const ControllerRecord& wlc2 = r.wlcs.at(1);

        // --- before the roam: WLC1 holds the client Local at AP001
        const EntrySnapshot& before = wlc1.before;
        WLC_REQUIRE_EQ(before.present, true, "WLC1's entry before the roam");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(before.entry.mobilityRole), "Local", "role before");
        NS_TEST_EXPECT_MSG_EQ(before.entry.apName, "AP001", "AP before");
        NS_TEST_EXPECT_MSG_EQ(before.entry.apMac, Mac48Address("aa:22:bd:98:3a:30"), "AP MAC");
        NS_TEST_EXPECT_MSG_EQ(before.entry.ip, ip, "IP before");
        NS_TEST_EXPECT_MSG_EQ(before.entry.interfaceName, "intanchor", "interface before");
        NS_TEST_EXPECT_MSG_EQ(before.entry.vlan, 81, "VLAN before");
        NS_TEST_EXPECT_MSG_EQ(before.entry.accessVlan, 81, "access VLAN before");
        NS_TEST_EXPECT_MSG_EQ(PemStateName(before.entry.pemState), "RUN", "PEM before");
        NS_TEST_EXPECT_MSG_EQ(before.entry.moveCount, 0, "move count before");
        ExpectDetail(before.detail,
                     {{"Client MAC Address", "aa:26:96:3e:4b:ee"},
                      {"AP MAC Address", "aa:22:bd:98:3a:30"},
                      {"AP Name", "AP001"},
                      {"Client State", "Associated"},
                      {"Wireless LAN Id", "8"},
                      {"BSSID", "00:22:bd:98:3a:38"},
                      {"Channel", "36"},
                      {"IP Address", "10.99.81.40"},
                      {"Association Id", "1"},
                      {"Mobility State", "Local"},
                      {"Mobility Foreign IP Address", "<missing>"},
                      {"Mobility Anchor IP Address", "<missing>"},
                      {"Mobility Move Count", "0"},
                      {"Security Policy Completed", "Yes"},
                      {"Policy Manager State", "RUN"},
                      {"Policy Type", "WPA2"},
                      {"Authentication Key Management", "PSK"},
                      {"Encryption Cipher", "CCMP (AES)"},
                      {"Interface", "intanchor"},
                      {"VLAN", "81"},
                      {"Quarantine VLAN", "0"},
                      {"Access VLAN", "81"}},
                     "WLC1 before the roam");
        ExpectSummaryRow(before.summary, client, "AP001", "802.11a", "WLC1 before the roam");
        ExpectNoEntry(wlc2.before, client, "WLC2 before the roam");

        // --- the roam monitor and roams.csv: one Layer 3 roam, a few ms of mobility exchange
        WLC_REQUIRE_EQ(r.roams.size(), 1, "roams:\n" << r.roamSummary);
        const RoamRecord& roam = r.roams[0];
        NS_TEST_EXPECT_MSG_EQ(roam.type, "l3", r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(roam.fromAp + ">" + roam.toAp, "AP001>AP002", r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(roam.fromWlc + ">" + roam.toWlc, "WLC1>WLC2", r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(roam.ipBefore, ip, r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(roam.ipAfter, ip, r.roamSummary);
        NS_TEST_EXPECT_MSG_GT(roam.time, r.walkStart, r.roamSummary);
        NS_TEST_EXPECT_MSG_LT(roam.time, r.windowStart - Seconds(2), r.roamSummary);
        // the reference: 11 ms from WLC2's mobility query to its tunnel
        NS_TEST_EXPECT_MSG_GT_OR_EQ(roam.mobilityMs, 3, r.roamSummary);
        NS_TEST_EXPECT_MSG_LT_OR_EQ(roam.mobilityMs, 30, r.roamSummary);
        std::vector<std::map<std::string, std::string>> csv = CsvRows(r.csv);
        WLC_REQUIRE_EQ(csv.size(), 1, "roams.csv:\n" << r.csv);
        NS_TEST_EXPECT_MSG_EQ(csv[0]["type"], "l3", r.csv);
        NS_TEST_EXPECT_MSG_EQ(csv[0]["from_wlc"] + ">" + csv[0]["to_wlc"], "WLC1>WLC2", r.csv);
        NS_TEST_EXPECT_MSG_EQ(csv[0]["ip_before"] + ">" + csv[0]["ip_after"],
                              "10.99.81.40>10.99.81.40",
                              r.csv);
        double mobilityMs = csv[0]["mobility_ms"].empty() ? -1 : std::stod(csv[0]["mobility_ms"]);
        NS_TEST_EXPECT_MSG_GT_OR_EQ(mobilityMs, 3, "mobility_ms in\n" << r.csv);
        NS_TEST_EXPECT_MSG_LT_OR_EQ(mobilityMs, 30, "mobility_ms in\n" << r.csv);

        // --- after the roam: WLC1 Anchor
        const EntrySnapshot& anchor = wlc1.after;
        WLC_REQUIRE_EQ(anchor.present, true, "WLC1's entry after the roam");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(anchor.entry.mobilityRole), "Anchor", "WLC1 role");
        NS_TEST_EXPECT_MSG_EQ(anchor.entry.apName, "N/A", "WLC1 AP name");
        NS_TEST_EXPECT_MSG_EQ(anchor.entry.apMac, Mac48Address("00:00:00:00:00:00"), "WLC1 AP MAC");
        NS_TEST_EXPECT_MSG_EQ(anchor.entry.mobilityPeer, WLC2_ADDRESS, "WLC1 foreign IP");
        NS_TEST_EXPECT_MSG_EQ(anchor.entry.ip, ip, "WLC1 IP");
        NS_TEST_EXPECT_MSG_EQ(anchor.entry.interfaceName, "intanchor", "WLC1 interface");
        NS_TEST_EXPECT_MSG_EQ(anchor.entry.vlan, 81, "WLC1 VLAN");
        NS_TEST_EXPECT_MSG_EQ(anchor.entry.accessVlan, 81, "WLC1 access VLAN");
        NS_TEST_EXPECT_MSG_EQ(PemStateName(anchor.entry.pemState), "RUN", "WLC1 PEM");
        NS_TEST_EXPECT_MSG_EQ(anchor.entry.moveCount, 0, "WLC1 move count");
        NS_TEST_EXPECT_MSG_EQ(anchor.entry.connectedSince,
                              before.entry.connectedSince,
                              "WLC1 connected since");
        ExpectDetail(anchor.detail,
                     {{"Client MAC Address", "aa:26:96:3e:4b:ee"},
                      {"AP MAC Address", "00:00:00:00:00:00"},
                      {"AP Name", "N/A"},
                      {"Client State", "Associated"},
                      {"Wireless LAN Id", "8"},
                      {"BSSID", "00:00:00:00:00:07"},
                      {"Channel", "N/A"},
                      {"IP Address", "10.99.81.40"},
                      {"Association Id", "0"},
                      {"Mobility State", "Anchor"},
                      {"Mobility Foreign IP Address", "10.99.82.1"},
                      {"Mobility Anchor IP Address", "<missing>"},
                      {"Mobility Move Count", "0"},
                      {"Security Policy Completed", "Yes"},
                      {"Policy Manager State", "RUN"},
                      {"Policy Type", "WPA2"},
                      {"Authentication Key Management", "PSK"},
                      {"Encryption Cipher", "CCMP (AES)"},
                      {"Interface", "intanchor"},
                      {"VLAN", "81"},
                      {"Quarantine VLAN", "0"},
                      {"Access VLAN", "81"}},
                     "WLC1 after the roam");
        // the reference: "ab:26:96:3e:4b:ee 10.99.82.1 Associated 8 Yes Mobile 1 N/A"
        ExpectSummaryRow(anchor.summary, client, "10.99.82.1", "Mobile", "WLC1 after the roam");

        // --- after the roam: WLC2 Foreign
        const EntrySnapshot& foreign = wlc2.after;
        WLC_REQUIRE_EQ(foreign.present, true, "WLC2's entry after the roam");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(foreign.entry.mobilityRole), "Foreign", "WLC2 role");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.apName, "AP002", "WLC2 AP name");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.apMac, Mac48Address("00:3a:99:14:13:70"), "AP MAC");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.mobilityPeer, WLC1_ADDRESS, "WLC2 anchor IP");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.moveCount, 1, "WLC2 move count");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.ip, ip, "WLC2 IP");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.interfaceName, "intforeign", "WLC2 interface");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.vlan, 84, "WLC2 VLAN");
        NS_TEST_EXPECT_MSG_EQ(foreign.entry.accessVlan, 81, "WLC2 access VLAN");
        NS_TEST_EXPECT_MSG_EQ(PemStateName(foreign.entry.pemState), "RUN", "WLC2 PEM");
        ExpectDetail(foreign.detail,
                     {{"Client MAC Address", "aa:26:96:3e:4b:ee"},
                      {"AP MAC Address", "00:3a:99:14:13:70"},
                      {"AP Name", "AP002"},
                      {"Client State", "Associated"},
                      {"Wireless LAN Id", "8"},
                      {"BSSID", "00:3a:99:14:13:77"},
                      {"IP Address", "10.99.81.40"},
                      {"Association Id", "1"},
                      {"Mobility State", "Foreign"},
                      {"Mobility Anchor IP Address", "10.99.80.1"},
                      {"Mobility Foreign IP Address", "<missing>"},
                      {"Mobility Move Count", "1"},
                      {"Security Policy Completed", "Yes"},
                      {"Policy Manager State", "RUN"},
                      {"Policy Type", "WPA2"},
                      {"Authentication Key Management", "PSK"},
                      {"Encryption Cipher", "CCMP (AES)"},
                      {"Interface", "intforeign"},
                      {"VLAN", "84"},
                      {"Quarantine VLAN", "0"},
                      {"Access VLAN", "81"}},
                     "WLC2 after the roam");
        ExpectSummaryRow(foreign.summary, client, "AP002", "802.11a", "WLC2 after the roam");

        // --- the controllers' traces
        NS_TEST_EXPECT_MSG_EQ(wlc1.roles.size(), 1, "WLC1 role changes:" << RolesText(wlc1.roles));
        if (wlc1.roles.size() == 1)
        {
            NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc1.roles[0].from), "Local", "WLC1 old role");
            NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc1.roles[0].to), "Anchor", "WLC1 new role");
            NS_TEST_EXPECT_MSG_EQ(wlc1.roles[0].peer, WLC2_ADDRESS, "WLC1 role peer");
            NS_TEST_EXPECT_MSG_GT(wlc1.roles[0].time, roam.time, "WLC1 role change time");
        }
        NS_TEST_EXPECT_MSG_EQ(wlc2.roles.size(), 1, "WLC2 role changes:" << RolesText(wlc2.roles));
        if (wlc2.roles.size() == 1)
        {
            NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc2.roles[0].to), "Foreign", "WLC2 new role");
            NS_TEST_EXPECT_MSG_EQ(wlc2.roles[0].peer, WLC1_ADDRESS, "WLC2 role peer");
        }
        NS_TEST_EXPECT_MSG_EQ(wlc2.handoffs.size(), 1, "WLC2 mobility exchanges");
        if (wlc2.handoffs.size() == 1)
        {
            const HandoffEvent& h = wlc2.handoffs[0];
            NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(h.role), "Foreign", "WLC2 handoff role");
            NS_TEST_EXPECT_MSG_EQ(h.from, WLC1_ADDRESS, "WLC2 handoff from");
            NS_TEST_EXPECT_MSG_EQ(h.layer3, true, "WLC2 handoff Layer 3");
            NS_TEST_EXPECT_MSG_EQ_TOL(h.duration.GetSeconds() * 1000,
                                      roam.mobilityMs,
                                      0.001,
                                      "WLC2 handoff duration vs mobility_ms");
        }
        NS_TEST_EXPECT_MSG_EQ(wlc1.removed.size(), 0, "WLC1 removed the client");
        NS_TEST_EXPECT_MSG_EQ(wlc2.removed.size(), 0, "WLC2 removed the client");
        // the anchor's AP forgets the station, the foreign's adds it
        NS_TEST_EXPECT_MSG_EQ(r.aps[0].deleted.size(), 1, "Delete Station at AP001");
        NS_TEST_EXPECT_MSG_EQ(r.aps[0].hasStation, false, "AP001 station table");
        NS_TEST_EXPECT_MSG_EQ(r.aps[1].added.size(), 1, "Add Station at AP002");
        NS_TEST_EXPECT_MSG_EQ(r.aps[1].hasStation, true, "AP002 station table");

        // --- the client's address never changes
        ExpectAddressKept(r, ip);

        // --- traffic both ways after the roam
        ExpectTraffic(r);

        // --- the downlink goes through the EtherIP tunnel WLC1 -> WLC2 after the roam only
        const Time from = r.windowStart;
        const Time to = r.stop;
        auto any = [](const FrameInfo&) { return true; };
        NS_TEST_EXPECT_MSG_EQ(CountFrames(wlc1.tunnelTx, any, Seconds(0), roam.time),
                              0,
                              "EtherIP from WLC1 before the roam");
        NS_TEST_EXPECT_MSG_EQ(CountFrames(wlc2.tunnelTx, any, Seconds(0), roam.time),
                              0,
                              "EtherIP from WLC2 before the roam");
        auto downlink = [client, ip](const FrameInfo& f) {
            return f.destination == client && IsDownlink(ip)(f);
        };
        NS_TEST_EXPECT_MSG_GT_OR_EQ(double(CountFrames(wlc1.tunnelTx, downlink, from, to)),
                                    0.95 * double(r.downSent),
                                    "downlink into the tunnel at WLC1; " << r.traffic);
        NS_TEST_EXPECT_MSG_GT_OR_EQ(double(CountFrames(wlc2.tunnelRx, downlink, from, to)),
                                    0.95 * double(r.downSent),
                                    "downlink out of the tunnel at WLC2; " << r.traffic);
        NS_TEST_EXPECT_MSG_EQ(CountFrames(wlc2.tunnelTx, downlink), 0, "downlink from WLC2");
        NS_TEST_EXPECT_MSG_EQ(CountFrames(r.routerPort[84], IsDownlink(ip)),
                              0,
                              "downlink on VLAN 84 (it enters at the anchor)");

        // --- the uplink
        auto uplinkInTunnel = [client, ip](const FrameInfo& f) {
            return f.source == client && IsUplink(ip)(f);
        };
        const Mac48Address router81 = r.routerMac[81];
        const Mac48Address router84 = r.routerMac[84];
        auto uplinkTo = [client, ip](Mac48Address gateway) {
            return [client, ip, gateway](const FrameInfo& f) {
                return f.source == client && f.destination == gateway && IsUplink(ip)(f);
            };
        };
        std::size_t onVlan81 = CountFrames(r.routerPort[81], IsUplink(ip), from, to);
        std::size_t onVlan84 = CountFrames(r.routerPort[84], IsUplink(ip), from, to);
        std::size_t tunnelled = CountFrames(wlc2.tunnelTx, uplinkInTunnel, from, to);
        std::ostringstream paths;
        paths << "uplink in the last 10 s: VLAN 81 " << onVlan81 << ", VLAN 84 " << onVlan84
              << ", tunnel " << tunnelled << "; " << r.traffic;
        // before the roam the uplink leaves WLC1 on VLAN 81
        NS_TEST_EXPECT_MSG_GT(CountFrames(r.routerPort[81], IsUplink(ip), Seconds(0), roam.time),
                              100,
                              "uplink on VLAN 81 before the roam");
        if (!m_symmetric)
        {
            // asymmetric: the foreign controller sends it out of its own VLAN 84, to the
            // gateway of VLAN 84, with the client's MAC and address as source
            NS_TEST_EXPECT_MSG_GT_OR_EQ(
                double(CountFrames(r.routerPort[84], uplinkTo(router84), from, to)),
                0.95 * double(r.upSent),
                "uplink to the router's VLAN 84 port (" << router84 << "); " << paths.str());
            NS_TEST_EXPECT_MSG_EQ(tunnelled, 0, "uplink in the tunnel; " << paths.str());
            NS_TEST_EXPECT_MSG_EQ(CountFrames(wlc1.tunnelRx, uplinkInTunnel),
                                  0,
                                  "uplink out of the tunnel at WLC1");
            NS_TEST_EXPECT_MSG_EQ(onVlan81, 0, "uplink on VLAN 81; " << paths.str());
        }
        else
        {
            // symmetric: through the tunnel to the anchor, out of VLAN 81 to its gateway
            NS_TEST_EXPECT_MSG_GT_OR_EQ(double(tunnelled),
                                        0.95 * double(r.upSent),
                                        "uplink into the tunnel at WLC2; " << paths.str());
            NS_TEST_EXPECT_MSG_GT_OR_EQ(
                double(CountFrames(wlc1.tunnelRx, uplinkInTunnel, from, to)),
                0.95 * double(r.upSent),
                "uplink out of the tunnel at WLC1; " << paths.str());
            NS_TEST_EXPECT_MSG_GT_OR_EQ(
                double(CountFrames(r.routerPort[81], uplinkTo(router81), from, to)),
                0.95 * double(r.upSent),
                "uplink to the router's VLAN 81 port (" << router81 << "); " << paths.str());
            NS_TEST_EXPECT_MSG_EQ(onVlan84, 0, "uplink on VLAN 84; " << paths.str());
        }

        // --- the mobility messages, as `debug mobility handoff` shows them
        std::size_t wlc2Start = FirstItemAt(wlc2, roam.time);
        ExpectDebugSequence(
            wlc2,
            {{"aa:26:96:3e:4b:ee Mobility query, PEM State: L2AUTHCOMPLETE"},
             {"Mobility packet sent to:",
              "10.99.80.1, port 16666",
              "type: 3(MobileAnnounce)  subtype: 0  version: 1",
              "len 116 flags 0",
              "group id: d7f8a4f2 cb038b78 641818bb a26869b4",
              "mobile MAC: aa:26:96:3e:4b:ee, IP: 0.0.0.0, instance: 0",
              "VLAN IP: 10.99.84.3, netmask: 255.255.255.0"},
             {"Mobility packet received from:",
              "10.99.80.1, port 16666",
              "type: 5(MobileHandoff)  subtype: 0  version: 1",
              "len 546 flags 0",
              "mobile MAC: aa:26:96:3e:4b:ee, IP: 10.99.81.40, instance: 0",
              "VLAN IP: 10.99.81.1, netmask: 255.255.255.0"},
             {"Switch IP: 10.99.80.1"},
             {"Mobility handoff, NAC State Payload [ Client's NAC OOB State : Access, "
              "Quarantine VLAN :0, Access VLAN : 81 ]"},
             {"Mobility handoff for client:Ip: 10.99.81.40 Anchor IP: 10.99.80.1, Peer IP: "
              "10.99.80.1"},
             {"Handoff confirm: Pre Handoff PEM State: RUN"},
             {"mobility role update request from Unassociated to Foreign Peer = 10.99.80.1, Old "
              "Anchor = 10.99.80.1, New Anchor = 10.99.80.1"},
             {"Plumbing duplex mobility tunnel to 10.99.80.1 as Foreign, (VLAN 84)"},
             {"Mobility Response: IP 10.99.81.40 code Handoff (1), reason Handoff success (0), "
              "PEM State RUN, Role Foreign(3)"}},
            "WLC2 (foreign) at the roam",
            wlc2Start);
        std::size_t wlc1Start = FirstItemAt(wlc1, roam.time);
        const std::vector<DebugStep> wlc1Steps = AnchorSteps();
        ExpectDebugItems(wlc1, wlc1Steps, "WLC1 (anchor) at the roam", wlc1Start);
        // the announce and the handoff share one transaction; each was sent once
        NS_TEST_EXPECT_MSG_EQ(
            CountItems(wlc2.debug, {"Mobility packet sent to:", "MobileAnnounce"}, roam.time),
            1,
            "announces sent by WLC2 at the roam:" << DebugText(wlc2.debug, roam.time));
        NS_TEST_EXPECT_MSG_EQ(
            CountItems(wlc1.debug, {"Mobility packet sent to:", "MobileHandoff)"}, roam.time),
            1,
            "handoffs sent by WLC1:" << DebugText(wlc1.debug, roam.time));
        NS_TEST_EXPECT_MSG_EQ(TotalDrops(wlc1.mobilityDrops),
                              0,
                              "WLC1 mobility drops: " << DropsText(wlc1.mobilityDrops));
        NS_TEST_EXPECT_MSG_EQ(TotalDrops(wlc2.mobilityDrops),
                              0,
                              "WLC2 mobility drops: " << DropsText(wlc2.mobilityDrops));
        NS_TEST_EXPECT_MSG_EQ(TotalDrops(wlc1.etherIpDrops), 0, DropsText(wlc1.etherIpDrops));
        NS_TEST_EXPECT_MSG_EQ(TotalDrops(wlc2.etherIpDrops), 0, DropsText(wlc2.etherIpDrops));
    }

    bool m_symmetric; //!< symmetric tunnelling
    bool m_reset;     //!< WLC1 resets AP001
};

/**
 * The `debug mobility handoff` lines of the reference that the first test cases do not require:
 * the order of the anchor's lines (the MobileHandoff is sent before "mobility role update request
 * from Local to Anchor" and "Plumbing duplex mobility tunnel") and the PEM state the foreign
 * controller prints on its role update and tunnel lines (RUN (20): the handed-off client is in
 * RUN once the handoff is confirmed).
 */
class L3RoamLogOrderTestCase : public MobilityTestCase
{
  public:
    L3RoamLogOrderTestCase()
        : MobilityTestCase("reference Layer 3 roam: debug mobility handoff order and PEM states")
    {
    }

  private:
    void DoRun() override
    {
        MobilityRunResult r = RunMobilityScenario(InterControllerConfig(2));
        WLC_REQUIRE_EQ(r.roams.size(), 1, "roams:\n" << r.roamSummary);
        const RoamRecord& roam = r.roams[0];
        const ControllerRecord& wlc1 = r.wlcs.at(0);
        const ControllerRecord& wlc2 = r.wlcs.at(1);
        std::size_t wlc2Start = FirstItemAt(wlc2, roam.time);
        std::size_t wlc1Start = FirstItemAt(wlc1, roam.time);
        const std::vector<DebugStep> wlc1Steps = AnchorSteps();
        // the reference's order: the MobileHandoff is sent before the role update and the
        // tunnel lines
        ExpectDebugSequence(wlc1,
                            wlc1Steps,
                            "WLC1 (anchor) at the roam, in the reference's order",
                            wlc1Start);
        // the reference prints the client in RUN on these lines: "10.99.81.40 RUN (20) mobility
        // role update request ...", "10.99.81.40 RUN (20) Plumbing duplex mobility tunnel ..."
        ExpectDebugSequence(wlc2,
                            {{"aa:26:96:3e:4b:ee 10.99.81.40 RUN (20) mobility role update "
                              "request from Unassociated to Foreign"},
                             {"aa:26:96:3e:4b:ee 10.99.81.40 RUN (20) Plumbing duplex mobility "
                              "tunnel to 10.99.80.1 as Foreign"}},
                            "WLC2's role update and tunnel lines show the client in RUN (20)",
                            wlc2Start);
    }
};

/// The suite.
class L3RoamTestSuite : public TestSuite
{
  public:
    L3RoamTestSuite()
        : TestSuite("wlc-l3-roam", WLC_TEST_SYSTEM)
    {
        AddTestCase(new L3RoamTestCase(false), WLC_TEST_QUICK);
        AddTestCase(new L3RoamTestCase(true), WLC_TEST_QUICK);
        AddTestCase(new L3RoamTestCase(false, true), WLC_TEST_QUICK);
        AddTestCase(new L3RoamLogOrderTestCase, WLC_TEST_QUICK);
    }
};

/// Static instance.
L3RoamTestSuite g_l3RoamTestSuite;

} // namespace
