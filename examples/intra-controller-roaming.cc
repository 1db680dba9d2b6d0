/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc
 * A client walks from AP001 to AP002, two lightweight APs of the controller WLC1, while a
 * server and the client exchange traffic both ways. The controller's view is printed before and
 * after the roam, as the controller's CLI prints it, with the roam's timing.
 *
 *   server --- router ---- VLAN 80 (management): WLC1 10.99.80.1, AP001, AP002
 *   10.99.10.10   |------- VLAN 81 (intanchor):  WLC1 10.99.81.1, DHCP on the router
 *
 * Run with: ./wlc run intra-controller-roaming [--pcap=true] [--outputDir=DIR]
 */

#include "ns3/core-module.h"
#include "ns3/wlc-module.h"

#include <fstream>
#include <iostream>

using namespace ns3;

int
main(int argc, char* argv[])
{
    bool pcap = false;
    std::string outputDir = ".";
    std::string security = "wpa2-psk";
    double speed = 1.4;
    CommandLine cmd(__FILE__);
    cmd.AddValue("pcap", "Write pcap files of the wired segments and the radios", pcap);
    cmd.AddValue("outputDir", "Directory for every file the example writes", outputDir);
    cmd.AddValue("security", "WLAN security: wpa2-psk or open", security);
    cmd.AddValue("speed", "Walking speed of the client (m/s)", speed);
    cmd.Parse(argc, argv);

    RoamingScenario::Config config;
    config.controllers = 1;
    config.apsPerController = 2;
    config.security = security == "open" ? WlanSecurity::OPEN : WlanSecurity::WPA2_PSK;
    config.walkSpeed = speed;
    RoamingScenario scenario(config);
    scenario.Build();
    if (pcap)
    {
        scenario.EnablePcap(outputDir + "/intra-controller-roaming");
    }

    Ptr<WirelessLanController> wlc1 = scenario.GetController(0);
    Mac48Address client = scenario.GetClientMac(0);
    std::ostringstream mac;
    mac << client;
    auto show = [&](const std::string& when) {
        std::cout << "\n=== " << when << " (t = " << Simulator::Now().GetSeconds() << " s)\n";
        std::cout << "(" << wlc1->GetName() << ") >show ap summary\n" << wlc1->ShowApSummary();
        std::cout << "(" << wlc1->GetName() << ") >show client summary\n"
                  << wlc1->ShowClientSummary();
        std::cout << "(" << wlc1->GetName() << ") >show client detail " << mac.str() << "\n"
                  << wlc1->ShowClientDetail(client);
    };
    Simulator::Schedule(scenario.GetWalkStart() - Seconds(1), [&]() { show("Before the roam"); });
    Simulator::Schedule(scenario.GetStopTime() - Seconds(1), [&]() { show("After the roam"); });
    scenario.Run();

    std::cout << "\n=== Roam timing\n";
    scenario.GetRoamMonitor()->PrintSummary(std::cout);
    std::ofstream csv(outputDir + "/roams.csv");
    scenario.GetRoamMonitor()->WriteCsv(csv);
    scenario.PrintTraffic(std::cout);
    Simulator::Destroy();
    return 0;
}
