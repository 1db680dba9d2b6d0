/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc
 * The flagship example: the Layer 3 inter-controller roam of the reference write-up.
 *
 * WLC1 (10.99.80.1) has AP001, WLC2 (10.99.82.1) has AP002; WLAN 8 maps to interface intanchor
 * (VLAN 81) on WLC1 and intforeign (VLAN 84, 10.99.84.3) on WLC2; both controllers are in one
 * mobility group. The client aa:26:96:3e:4b:ee gets 10.99.81.40 by DHCP on VLAN 81, uses WPA2-PSK
 * with CCMP, exchanges UDP traffic with a server both ways, and walks from AP001 to AP002. WLC1
 * becomes its Anchor, WLC2 its Foreign, and its traffic runs through an Ethernet-over-IP tunnel.
 *
 * The example prints, for both controllers, `show client summary` and `show client detail`
 * before and after the roam, `show mobility summary`, the `debug mobility handoff` lines and the
 * timing of every roam; it writes roams.csv and flowmon.xml (and pcaps with --pcap=true).
 *
 *   ./wlc run l3-inter-controller-roaming [--trigger=walk|reset] [--tunnel=asymmetric|symmetric]
 *         [--l2=true] [--roamBack=true] [--thirdController=true] [--pcap=true] [--outputDir=DIR]
 */

#include "ns3/core-module.h"
#include "ns3/wlc-module.h"

#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/// \param t a time \return "hh:mm:ss.mmm"
std::string
Clock(Time t)
{
    int64_t ms = t.GetMilliSeconds();
    std::ostringstream os;
    os << std::setfill('0') << std::setw(2) << ms / 3600000 << ":" << std::setw(2)
       << ms / 60000 % 60 << ":" << std::setw(2) << ms / 1000 % 60 << "." << std::setw(3)
       << ms % 1000;
    return os.str();
}

} // namespace

int
main(int argc, char* argv[])
{
    std::string trigger = "walk";
    std::string tunnel = "asymmetric";
    bool l2 = false;
    bool roamBack = false;
    bool thirdController = false;
    bool pcap = false;
    std::string outputDir = ".";
    double speed = 1.4;
    bool roamingClient = false;
    std::string channels;
    double apSpacing = 0;
    std::string security = "psk";
    CommandLine cmd(__FILE__);
    cmd.AddValue("trigger", "walk: the client walks to AP002; reset: WLC1 resets AP001", trigger);
    cmd.AddValue("tunnel", "asymmetric (AireOS default) or symmetric mobility tunnelling", tunnel);
    cmd.AddValue("l2", "map the WLAN to VLAN 81 on every controller (a Layer 2 roam)", l2);
    cmd.AddValue("roamBack", "the client walks back to AP001 afterwards", roamBack);
    cmd.AddValue("thirdController",
                 "add WLC3 with AP003; the client walks on to AP003",
                 thirdController);
    cmd.AddValue("pcap", "write pcap files of every VLAN and AP radio", pcap);
    cmd.AddValue("outputDir", "directory for every file the example writes", outputDir);
    cmd.AddValue("speed", "walking speed of the client (m/s)", speed);
    cmd.AddValue("roamingClient",
                 "the client roams like an enterprise client (channel scans, RSSI trigger, "
                 "reassociation) instead of ns-3's station behaviour",
                 roamingClient);
    cmd.AddValue("channels",
                 "AP channels, comma-separated and given round robin (5 GHz, e.g. 36,44)",
                 channels);
    cmd.AddValue("apSpacing", "distance between neighbouring APs (m; 0: the default)", apSpacing);
    cmd.AddValue("security",
                 "psk (the reference's WPA2-PSK), open, 8021x (WPA2-Enterprise with a RADIUS "
                 "server), okc (8021x, the client offers cached PMKIDs), ft-psk or ft-8021x "
                 "(802.11r Fast BSS Transition over the air); okc and ft-* need --roamingClient",
                 security);
    cmd.Parse(argc, argv);
    bool fastRoaming = security == "okc" || security.rfind("ft-", 0) == 0;
    if (fastRoaming && !roamingClient)
    {
        std::cerr << "--security=" << security
                  << " needs --roamingClient=true (the PMKID or the 802.11r elements go in the "
                     "Reassociation Request of a roaming client)\n";
        return 1;
    }
    if (trigger != "walk" && trigger != "reset")
    {
        std::cerr << "--trigger must be walk or reset, not '" << trigger << "'\n";
        return 1;
    }
    if (tunnel != "asymmetric" && tunnel != "symmetric")
    {
        std::cerr << "--tunnel must be asymmetric or symmetric, not '" << tunnel << "'\n";
        return 1;
    }

    RoamingScenario::Config config;
    config.controllers = thirdController ? 3 : 2;
    config.apsPerController = 1;
    config.sameVlan = l2;
    config.symmetricTunneling = tunnel == "symmetric";
    config.roamBack = roamBack;
    config.walkSpeed = speed;
    config.roamingClients = roamingClient;
    if (!RoamingScenario::SetSecurityMethod(security, config))
    {
        std::cerr << "--security must be psk, open, 8021x, okc, ft-psk or ft-8021x, not '"
                  << security << "'\n";
        return 1;
    }
    if (roamingClient)
    {
        // the client comes in once every AP has joined, so that it starts at AP001
        config.clientsArriveAt = Seconds(12);
    }
    std::stringstream channelList(channels);
    for (std::string item; std::getline(channelList, item, ',');)
    {
        int channel = std::atoi(item.c_str());
        if (channel < 32 || channel > 196)
        {
            std::cerr << "--channels must list 5 GHz channel numbers (32-196), not '" << item
                      << "'\n";
            return 1;
        }
        config.apChannels.push_back(static_cast<uint16_t>(channel));
    }
    if (apSpacing < 0)
    {
        std::cerr << "--apSpacing must be positive\n";
        return 1;
    }
    if (apSpacing > 0)
    {
        config.apSpacing = apSpacing;
    }
    if (trigger == "reset")
    {
        // the client stands between the APs, nearer AP001, until AP001 is reset
        config.apSpacing = 70;
        config.clientStart = 25;
        config.resetAt = Seconds(30);
        // the client comes in once both APs have joined, so that it picks the nearer AP001
        config.clientsArriveAt = Seconds(15);
    }
    RoamingScenario scenario(config);
    scenario.Build();
    scenario.EnableFlowMonitor();
    if (pcap)
    {
        scenario.EnablePcap(outputDir + "/l3-inter-controller-roaming");
    }

    std::vector<Ptr<WirelessLanController>> wlcs;
    for (uint32_t k = 0; k < config.controllers; ++k)
    {
        wlcs.push_back(scenario.GetController(k));
    }
    // `debug mobility handoff enable` on every controller
    std::map<std::string, std::vector<std::string>> debug;
    for (const auto& wlc : wlcs)
    {
        std::string name = wlc->GetName();
        wlc->GetMobility()->GetManager()->TraceConnectWithoutContext(
            "DebugLine",
            Callback<void, const std::string&, const std::string&>(
                [&debug, name](const std::string& task, const std::string& line) {
                    debug[name].push_back("*" + task + ": " + Clock(Simulator::Now()) + ": " +
                                          line);
                }));
    }
    Mac48Address client = scenario.GetClientMac(0);
    std::ostringstream mac;
    mac << client;
    auto show = [&](const std::string& when) {
        std::cout << "\n=== " << when << " (t = " << Simulator::Now().GetSeconds() << " s)\n";
        for (const auto& wlc : wlcs)
        {
            std::string prompt = "(" + wlc->GetName() + ") >";
            std::cout << prompt << "show client summary\n" << wlc->ShowClientSummary();
            if (wlc->GetClients().Find(client))
            {
                std::cout << prompt << "show client detail " << mac.str() << "\n"
                          << wlc->ShowClientDetail(client);
            }
        }
    };
    Time before = trigger == "reset" ? config.resetAt - Seconds(1) : config.walkStart - Seconds(1);
    Simulator::Schedule(before, [&]() {
        std::cout << "\n(" << wlcs[0]->GetName() << ") >show mobility summary\n"
                  << wlcs[0]->ShowMobilitySummary();
        show("Before the roam");
    });
    Simulator::Schedule(scenario.GetStopTime() - Seconds(1), [&]() { show("After the roam"); });
    scenario.Run();

    for (const auto& wlc : wlcs)
    {
        std::cout << "\nHandoff logs from " << wlc->GetName() << ":\n\n(" << wlc->GetName()
                  << ") >debug mobility handoff enable\n";
        for (const std::string& line : debug[wlc->GetName()])
        {
            std::cout << " " << line << "\n";
        }
    }
    std::cout << "\n=== Roam timing\n";
    scenario.GetRoamMonitor()->PrintSummary(std::cout);
    scenario.PrintTraffic(std::cout);
    std::ofstream csv(outputDir + "/roams.csv");
    scenario.GetRoamMonitor()->WriteCsv(csv);
    scenario.WriteFlowMonitor(outputDir + "/flowmon.xml");
    std::cout << "\nWrote " << outputDir << "/roams.csv and " << outputDir << "/flowmon.xml\n";
    Simulator::Destroy();
    return 0;
}
