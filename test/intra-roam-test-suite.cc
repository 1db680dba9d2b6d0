/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * System test of an intra-controller roam: one WPA2-PSK client walks from AP001 to AP002 of
 * WLC1 while it exchanges traffic with the server. The roam is checked from every side: the
 * roam monitor, the controller's traces and client entry, the APs' station tables, the CLI
 * output and the traffic after the roam.
 */

#include "wlc-system-test-fixture.h"
#include "wlc-test-util.h"

#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <sstream>

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

/**
 * The roam of the reference: AP001 -> AP002 on WLC1, WPA2-PSK, the client keeps its address.
 */
class IntraRoamTestCase : public TestCase
{
  public:
    IntraRoamTestCase()
        : TestCase("WPA2-PSK client walks from AP001 to AP002 of WLC1")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config;
        config.controllers = 1;
        config.apsPerController = 2;
        config.clients = 1;
        config.security = WlanSecurity::WPA2_PSK;
        RoamingScenario scenario(config);
        scenario.Build();
        Ptr<WirelessLanController> wlc = scenario.GetController(0);
        const Mac48Address client = scenario.GetClientMac(0);
        const Ipv4Address clientIp("10.99.81.40");

        std::vector<std::tuple<Time, Mac48Address, std::string, std::string>> roamed;
        wlc->TraceConnectWithoutContext(
            "ClientRoamed",
            Callback<void, Mac48Address, const std::string&, const std::string&>(
                [&roamed](Mac48Address mac, const std::string& from, const std::string& to) {
                    roamed.emplace_back(Simulator::Now(), mac, from, to);
                }));
        std::vector<std::pair<Time, PemState>> pem;
        wlc->TraceConnectWithoutContext(
            "PemStateChanged",
            Callback<void, Mac48Address, PemState, PemState>(
                [&pem, client](Mac48Address mac, PemState, PemState to) {
                    if (mac == client)
                    {
                        pem.emplace_back(Simulator::Now(), to);
                    }
                }));
        std::vector<std::string> removed;
        wlc->TraceConnectWithoutContext("ClientRemoved",
                                        Callback<void, Mac48Address, const std::string&>(
                                            [&removed](Mac48Address, const std::string& reason) {
                                                removed.push_back(reason);
                                            }));
        // Add Station / Delete Station at each AP
        std::vector<std::vector<Time>> added(2);
        std::vector<std::vector<Time>> deleted(2);
        for (uint32_t i = 0; i < 2; ++i)
        {
            scenario.GetWtp(i)->TraceConnectWithoutContext(
                "StationAdded",
                Callback<void, Mac48Address>([&added, i, client](Mac48Address mac) {
                    if (mac == client)
                    {
                        added[i].push_back(Simulator::Now());
                    }
                }));
            scenario.GetWtp(i)->TraceConnectWithoutContext(
                "StationDeleted",
                Callback<void, Mac48Address>([&deleted, i, client](Mac48Address mac) {
                    if (mac == client)
                    {
                        deleted[i].push_back(Simulator::Now());
                    }
                }));
        }
        TxCounter downSent;
        downSent.Watch(scenario.GetServer(), DOWNLINK_PORT);
        TxCounter upSent;
        upSent.Watch(scenario.GetClient(0), UPLINK_PORT);

        const Time stop = scenario.GetStopTime();
        const Time windowStart = stop - Seconds(10);
        ClientEntry before;
        Simulator::Schedule(scenario.GetWalkStart() - Seconds(1), [&]() {
            if (const ClientEntry* e = wlc->GetClients().Find(client))
            {
                before = *e;
            }
        });
        uint64_t downAtWindow = 0;
        uint64_t upAtWindow = 0;
        Simulator::Schedule(windowStart - Simulator::Now(), [&]() {
            downAtWindow = scenario.GetDownlinkReceived(0);
            upAtWindow = scenario.GetUplinkReceived(0);
        });
        std::string detail;
        Simulator::Schedule(stop - Seconds(1), [&]() { detail = wlc->ShowClientDetail(client); });
        scenario.Run();

        // --- before the roam: at AP001, RUN, with the DHCP address
        NS_TEST_EXPECT_MSG_EQ(before.apName, "AP001", "AP before the roam");
        NS_TEST_EXPECT_MSG_EQ(PemStateName(before.pemState), "RUN", "PEM before the roam");
        NS_TEST_EXPECT_MSG_EQ(before.ip, clientIp, "IP before the roam");

        // --- the roam monitor
        std::vector<RoamRecord> roams = scenario.GetRoamMonitor()->GetRoams();
        std::ostringstream summary;
        scenario.GetRoamMonitor()->PrintSummary(summary);
        NS_TEST_ASSERT_MSG_EQ(roams.size(), 1, "roams: " << summary.str());
        if (roams.size() != 1)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        const RoamRecord& roam = roams[0];
        NS_TEST_EXPECT_MSG_EQ(roam.client, client, summary.str());
        NS_TEST_EXPECT_MSG_EQ(roam.type, "intra", summary.str());
        NS_TEST_EXPECT_MSG_EQ(roam.fromAp, "AP001", summary.str());
        NS_TEST_EXPECT_MSG_EQ(roam.toAp, "AP002", summary.str());
        NS_TEST_EXPECT_MSG_EQ(roam.fromWlc, "WLC1", summary.str());
        NS_TEST_EXPECT_MSG_EQ(roam.toWlc, "WLC1", summary.str());
        NS_TEST_EXPECT_MSG_EQ(roam.ipBefore, clientIp, summary.str());
        NS_TEST_EXPECT_MSG_EQ(roam.ipAfter, clientIp, summary.str());
        NS_TEST_EXPECT_MSG_GT(roam.time, scenario.GetWalkStart(), summary.str());
        NS_TEST_EXPECT_MSG_LT(roam.time, stop - Seconds(10), summary.str());
        // plausible latencies: Layer 2 under 1 s, interruptions under 3 s, all measured
        NS_TEST_EXPECT_MSG_GT(roam.l2Ms, 0, summary.str());
        NS_TEST_EXPECT_MSG_LT(roam.l2Ms, 1000, summary.str());
        NS_TEST_EXPECT_MSG_GT(roam.authMs, 0, summary.str());
        NS_TEST_EXPECT_MSG_GT(roam.readyMs, 0, summary.str());
        NS_TEST_EXPECT_MSG_LT(roam.readyMs, 1000, summary.str());
        NS_TEST_EXPECT_MSG_GT(roam.downlinkGapMs, 0, summary.str());
        NS_TEST_EXPECT_MSG_LT(roam.downlinkGapMs, 3000, summary.str());
        NS_TEST_EXPECT_MSG_GT(roam.uplinkGapMs, 0, summary.str());
        NS_TEST_EXPECT_MSG_LT(roam.uplinkGapMs, 3000, summary.str());
        // the same record in the CSV
        std::ostringstream csvText;
        scenario.GetRoamMonitor()->WriteCsv(csvText);
        auto csv = CsvCells(csvText.str());
        NS_TEST_ASSERT_MSG_EQ(csv.size(), 2, csvText.str());
        if (csv.size() != 2)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        std::map<std::string, std::string> row;
        for (std::size_t c = 0; c < csv[0].size() && c < csv[1].size(); ++c)
        {
            row[csv[0][c]] = csv[1][c];
        }
        NS_TEST_EXPECT_MSG_EQ(row["from_ap"] + ">" + row["to_ap"], "AP001>AP002", csvText.str());
        NS_TEST_EXPECT_MSG_EQ(row["type"], "intra", csvText.str());
        for (const char* column : {"l2_ms", "downlink_gap_ms", "uplink_gap_ms", "ready_ms"})
        {
            double value = row[column].empty() ? -1 : std::stod(row[column]);
            NS_TEST_EXPECT_MSG_GT(value, 0, column << " in " << csvText.str());
            NS_TEST_EXPECT_MSG_LT(value, 3000, column << " in " << csvText.str());
        }

        // --- the controller's traces
        NS_TEST_ASSERT_MSG_EQ(roamed.size(), 1, "ClientRoamed traces");
        if (roamed.size() != 1)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(std::get<1>(roamed[0]), client, "ClientRoamed client");
        NS_TEST_EXPECT_MSG_EQ(std::get<2>(roamed[0]), "AP001", "ClientRoamed from");
        NS_TEST_EXPECT_MSG_EQ(std::get<3>(roamed[0]), "AP002", "ClientRoamed to");
        Time roamTime = std::get<0>(roamed[0]);
        NS_TEST_EXPECT_MSG_GT_OR_EQ(roamTime, roam.time, "ClientRoamed before the DeAssoc");
        NS_TEST_EXPECT_MSG_LT(roamTime, roam.time + Seconds(1), "ClientRoamed late");
        NS_TEST_EXPECT_MSG_EQ(removed.size(), 0, "ClientRemoved during the roam");
        // at the new AP the security steps run again; the address is kept: no DHCP_REQD
        std::string after;
        for (const auto& [time, state] : pem)
        {
            if (time >= roamTime)
            {
                after += PemStateName(state) + " ";
            }
        }
        NS_TEST_EXPECT_MSG_EQ(after,
                              "START AUTHCHECK 8021X_REQD L2AUTHCOMPLETE RUN ",
                              "PEM states from the roam on");

        // --- the APs: Delete Station at AP001, Add Station at AP002
        NS_TEST_EXPECT_MSG_EQ(added[0].size(), 1, "Add Station of the client at AP001");
        NS_TEST_ASSERT_MSG_EQ(deleted[0].size(), 1, "Delete Station of the client at AP001");
        if (deleted[0].size() != 1)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_GT_OR_EQ(deleted[0][0], roamTime, "Delete Station at AP001");
        NS_TEST_EXPECT_MSG_LT(deleted[0][0], roamTime + Seconds(1), "Delete Station at AP001");
        NS_TEST_ASSERT_MSG_EQ(added[1].size(), 1, "Add Station of the client at AP002");
        if (added[1].size() != 1)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_GT_OR_EQ(added[1][0], roamTime, "Add Station at AP002");
        NS_TEST_EXPECT_MSG_EQ(deleted[1].size(), 0, "Delete Station of the client at AP002");
        NS_TEST_EXPECT_MSG_EQ(scenario.GetWtp(0)->GetStations().count(client), 0, "AP001");
        NS_TEST_EXPECT_MSG_EQ(scenario.GetWtp(1)->GetStations().count(client), 1, "AP002");

        // --- the entry after the roam
        const ClientEntry* entry = wlc->GetClients().Find(client);
        NS_TEST_ASSERT_MSG_NE(entry, nullptr, "client entry after the roam");
        if (!entry)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(entry->apName, "AP002", "AP name");
        NS_TEST_EXPECT_MSG_EQ(entry->apMac, Mac48Address("00:3a:99:14:13:70"), "AP MAC");
        NS_TEST_EXPECT_MSG_EQ(entry->bssid, Mac48Address("00:3a:99:14:13:77"), "BSSID");
        NS_TEST_EXPECT_MSG_EQ(entry->apIp, Ipv4Address("10.99.80.12"), "AP IP");
        NS_TEST_EXPECT_MSG_EQ(PemStateName(entry->pemState), "RUN", "PEM state");
        NS_TEST_EXPECT_MSG_EQ(entry->ip, clientIp, "IP address kept");
        NS_TEST_EXPECT_MSG_EQ(entry->moveCount, 0, "Mobility Move Count");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(entry->mobilityRole), "Local", "mobility role");
        NS_TEST_EXPECT_MSG_EQ(entry->connectedSince, before.connectedSince, "Connected since");
        NS_TEST_EXPECT_MSG_EQ(entry->vlan, 81, "VLAN");
        NS_TEST_EXPECT_MSG_EQ(scenario.GetClientAddress(0), clientIp, "the client's address");

        // --- show client detail, as the CLI prints it
        // labels are padded with dots to 49 characters
        std::string dots(49 - std::string("AP Name").size(), '.');
        NS_TEST_EXPECT_MSG_NE(detail.find(" AP Name" + dots + " AP002\n"),
                              std::string::npos,
                              detail);
        std::string pemDots(49 - std::string("Policy Manager State").size(), '.');
        NS_TEST_EXPECT_MSG_NE(detail.find(" Policy Manager State" + pemDots + " RUN\n"),
                              std::string::npos,
                              detail);
        NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, "AP MAC Address"), "00:3a:99:14:13:70", detail);
        NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, "BSSID"), "00:3a:99:14:13:77", detail);
        NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, "IP Address"), "10.99.81.40", detail);
        NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, "Mobility State"), "Local", detail);
        NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, "Mobility Move Count"), "0", detail);
        NS_TEST_EXPECT_MSG_EQ(ShowValue(detail, "Security Policy Completed"), "Yes", detail);

        // --- traffic in the last 10 s, both ways
        uint64_t down = scenario.GetDownlinkReceived(0) - downAtWindow;
        uint64_t up = scenario.GetUplinkReceived(0) - upAtWindow;
        std::size_t downTx = downSent.Between(windowStart, stop);
        std::size_t upTx = upSent.Between(windowStart, stop);
        std::ostringstream traffic;
        scenario.PrintTraffic(traffic);
        traffic << " last 10 s: downlink " << down << "/" << downTx << ", uplink " << up << "/"
                << upTx;
        // the senders stop 1 s before the end: 9 s of 20 ms packets
        NS_TEST_EXPECT_MSG_GT_OR_EQ(downTx, 440, traffic.str());
        NS_TEST_EXPECT_MSG_GT_OR_EQ(upTx, 440, traffic.str());
        NS_TEST_EXPECT_MSG_GT(down, 0, traffic.str());
        NS_TEST_EXPECT_MSG_GT(up, 0, traffic.str());
        NS_TEST_EXPECT_MSG_GT_OR_EQ(down * 10, downTx * 8, traffic.str());
        NS_TEST_EXPECT_MSG_GT_OR_EQ(up * 10, upTx * 8, traffic.str());
        Simulator::Destroy();
    }
};

/// The suite.
class IntraRoamTestSuite : public TestSuite
{
  public:
    IntraRoamTestSuite()
        : TestSuite("wlc-intra-roam", WLC_TEST_SYSTEM)
    {
        AddTestCase(new IntraRoamTestCase, WLC_TEST_QUICK);
    }
};

/// Static instance.
IntraRoamTestSuite g_intraRoamTestSuite;

} // namespace
