/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc
 * A roaming latency study: security method x roaming policy x walking speed, each over
 * replications (independent random streams, ns-3 run numbers).
 *
 * Every run builds the flagship's network with enterprise-roaming clients: WLC1 with AP001 on
 * channel 36, WLC2 with AP002 on channel 44, APs 40 m apart, the WLAN on a different VLAN on each
 * controller (a Layer 3 roam, WLC1 Anchor and WLC2 Foreign). The client walks from AP001 past
 * AP002 (to 75 m, well beyond AP001's cell edge at about 51 m) while it exchanges UDP traffic with
 * a server both ways.
 *
 * Policies: "active" (RSSI trigger, active roam scans), "passive" (RSSI trigger, passive roam
 * scans), "beacon-loss" (the client leaves only after MaxMissedBeacons Beacons were missed, then
 * scans every channel actively). Security methods: "open", "psk" (WPA2-PSK, a 4-way handshake at
 * every roam), "8021x" (WPA2-Enterprise: the EAP exchange with the RADIUS server, then the 4-way
 * handshake, at every roam), "okc" (WPA2-Enterprise with opportunistic key caching: WLC1 gives
 * the PMK to WLC2 in a MobilePmkUpdate, the roam needs only the 4-way handshake), "ft-psk" and
 * "ft-8021x" (802.11r Fast BSS Transition over the air: the first association is the FT initial
 * mobility domain association, WLC1 gives the PMK-R0 to WLC2 in a MobileFtKeyUpdate, and the roam
 * is an FT Authentication and Reassociation exchange with no 4-way handshake).
 *
 * The example writes one CSV of every roam (configuration columns, then the roams.csv columns)
 * and prints, per configuration and phase, the mean, the median and the 95 % confidence interval
 * of the mean (Student t, GSL).
 *
 *   ./wlc run roaming-latency-study [--securities=open,psk,8021x,okc,ft-psk,ft-8021x]
 *         [--policies=active,passive,beacon-loss]
 *         [--speeds=1.4] [--runs=5] [--firstRun=1 | --RngRun=1] [--outputDir=DIR]
 */

#include "ns3/core-module.h"
#include "ns3/wlc-module.h"

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace ns3;

namespace
{

/**
 * \param text a comma-separated list
 * \return its items
 */
std::vector<std::string>
Split(const std::string& text)
{
    std::vector<std::string> items;
    std::stringstream stream(text);
    for (std::string item; std::getline(stream, item, ',');)
    {
        if (!item.empty())
        {
            items.push_back(item);
        }
    }
    return items;
}

/// One configuration of the study.
struct StudyConfig
{
    std::string security; //!< RoamingScenario::SecurityMethods()
    std::string policy;   //!< "active", "passive" or "beacon-loss"
    double speed;         //!< walking speed (m/s)
};

/// The phases summarized (roams.csv columns).
const std::vector<std::string> PHASES = {"scan_ms",
                                         "reassoc_ms",
                                         "l2_ms",
                                         "ft_ms",
                                         "auth_ms",
                                         "eap_ms",
                                         "fourway_ms",
                                         "mobility_ms",
                                         "ready_ms",
                                         "first_dl_ms",
                                         "first_ul_ms",
                                         "downlink_gap_ms",
                                         "uplink_gap_ms"};

/**
 * \param text a CSV line
 * \return its cells (no quoting: roams.csv has none)
 */
std::vector<std::string>
Cells(const std::string& text)
{
    std::vector<std::string> cells;
    std::stringstream stream(text);
    for (std::string cell; std::getline(stream, cell, ',');)
    {
        cells.push_back(cell);
    }
    if (!text.empty() && text.back() == ',')
    {
        cells.emplace_back();
    }
    return cells;
}

/**
 * Run one replication in this process.
 * \param config the configuration \param run the ns-3 run number
 * \return the roams of the run
 */
std::vector<RoamRecord>
RunHere(const StudyConfig& config, uint32_t run)
{
    RngSeedManager::SetRun(run);
    Config::SetDefault(
        "ns3::WlcAssocManager::ScanType",
        EnumValue(config.policy == "passive" ? WlcAssocManager::PASSIVE : WlcAssocManager::ACTIVE));
    Config::SetDefault("ns3::RoamingManager::Trigger",
                       EnumValue(config.policy == "beacon-loss" ? RoamingManager::MISSED_BEACONS
                                                                : RoamingManager::BOTH));
    RoamingScenario::Config scenarioConfig;
    scenarioConfig.controllers = 2;
    scenarioConfig.apsPerController = 1;
    scenarioConfig.apChannels = {36, 44};
    scenarioConfig.apSpacing = 40;
    scenarioConfig.walkEnd = 75; // past AP002, well beyond AP001's cell edge (about 51 m)
    scenarioConfig.roamingClients = true;
    scenarioConfig.clientsArriveAt = Seconds(12); // every AP is up: the client starts at AP001
    scenarioConfig.walkSpeed = config.speed;
    RoamingScenario::SetSecurityMethod(config.security, scenarioConfig); // checked in main
    std::vector<RoamRecord> roams;
    {
        RoamingScenario scenario(scenarioConfig);
        scenario.Build();
        scenario.Run();
        roams = scenario.GetRoamMonitor()->GetRoams();
    }
    Simulator::Destroy();
    return roams;
}

/**
 * Run one replication in a child process, so that it draws the same random numbers as
 * `--runs=1 --firstRun=RUN` would: ns-3 numbers the random streams it assigns automatically
 * from a counter that Simulator::Destroy does not reset (and ns-3.37 has no way to reset).
 * \param config the configuration \param run the ns-3 run number
 * \param rows filled with the roams.csv rows of the run
 * \return false if the child failed
 */
bool
RunIsolated(const StudyConfig& config, uint32_t run, std::vector<std::string>& rows)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
    {
        return false;
    }
    std::cout.flush();
    pid_t child = fork();
    if (child < 0)
    {
        return false;
    }
    if (child == 0)
    {
        close(pipeFds[0]);
        std::string text;
        for (const auto& roam : RunHere(config, run))
        {
            text += RoamMonitor::CsvRow(roam) + "\n";
        }
        std::size_t written = 0;
        while (written < text.size())
        {
            ssize_t n = write(pipeFds[1], text.data() + written, text.size() - written);
            if (n <= 0)
            {
                _exit(1);
            }
            written += static_cast<std::size_t>(n);
        }
        close(pipeFds[1]);
        _exit(0);
    }
    close(pipeFds[1]);
    std::string text;
    char buffer[4096];
    for (ssize_t n; (n = read(pipeFds[0], buffer, sizeof(buffer))) > 0;)
    {
        text.append(buffer, static_cast<std::size_t>(n));
    }
    close(pipeFds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    std::stringstream lines(text);
    for (std::string line; std::getline(lines, line);)
    {
        rows.push_back(line);
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

int
main(int argc, char* argv[])
{
    std::string securities = "open,psk,8021x,okc,ft-psk,ft-8021x";
    std::string policies = "active,passive,beacon-loss";
    std::string speeds = "1.4";
    uint32_t runs = 5;
    uint32_t firstRun = 0; // 0: ns-3's run number (--RngRun, 1 by default)
    std::string outputDir = ".";
    CommandLine cmd(__FILE__);
    cmd.AddValue("securities",
                 "security methods, comma-separated (open, psk, 8021x, okc, ft-psk, ft-8021x)",
                 securities);
    cmd.AddValue("policies",
                 "roaming policies, comma-separated (active, passive, beacon-loss)",
                 policies);
    cmd.AddValue("speeds", "walking speeds (m/s), comma-separated", speeds);
    cmd.AddValue("runs", "replications per configuration", runs);
    cmd.AddValue("firstRun",
                 "ns-3 run number of the first replication (default: --RngRun's, 1 if not given)",
                 firstRun);
    cmd.AddValue("outputDir", "directory of roaming-latency-study.csv", outputDir);
    cmd.Parse(argc, argv);
    if (firstRun == 0)
    {
        firstRun = static_cast<uint32_t>(RngSeedManager::GetRun());
    }

    std::vector<StudyConfig> configs;
    for (const auto& security : Split(securities))
    {
        RoamingScenario::Config check;
        if (!RoamingScenario::SetSecurityMethod(security, check))
        {
            std::cerr << "--securities: unknown method '" << security
                      << "' (open, psk, 8021x, okc, ft-psk, ft-8021x)\n";
            return 1;
        }
        for (const auto& policy : Split(policies))
        {
            if (policy != "active" && policy != "passive" && policy != "beacon-loss")
            {
                std::cerr << "--policies: unknown policy '" << policy
                          << "' (active, passive, beacon-loss)\n";
                return 1;
            }
            for (const auto& speed : Split(speeds))
            {
                double value = std::atof(speed.c_str());
                if (value <= 0)
                {
                    std::cerr << "--speeds: '" << speed << "' is not a positive speed\n";
                    return 1;
                }
                configs.push_back({security, policy, value});
            }
        }
    }
    if (configs.empty() || runs == 0)
    {
        std::cerr << "nothing to run: give at least one security, policy, speed and run\n";
        return 1;
    }

    std::string csvPath = outputDir + "/roaming-latency-study.csv";
    std::ofstream csv(csvPath);
    if (!csv)
    {
        std::cerr << "cannot write " << csvPath << "\n";
        return 1;
    }
    csv << "security,policy,speed_mps,run," << RoamMonitor::CsvHeader() << "\n";
    std::cout << "Layer 3 roam AP001 (WLC1, channel 36) -> AP002 (WLC2, channel 44), " << runs
              << " runs per configuration; mean, median [95 % CI of the mean] in ms\n";
    std::vector<std::string> columns = Cells(RoamMonitor::CsvHeader());
    auto column = [&columns](const std::string& name) {
        return static_cast<std::size_t>(std::find(columns.begin(), columns.end(), name) -
                                        columns.begin());
    };
    for (const auto& config : configs)
    {
        std::vector<std::vector<std::string>> first; // the AP001 -> AP002 roam of each run
        for (uint32_t run = firstRun; run < firstRun + runs; ++run)
        {
            std::vector<std::string> rows;
            if (!RunIsolated(config, run, rows))
            {
                std::cerr << "run " << run << " of " << config.security << ", " << config.policy
                          << " failed\n";
                return 1;
            }
            bool found = false;
            for (const auto& row : rows)
            {
                csv << config.security << "," << config.policy << "," << config.speed << "," << run
                    << "," << row << "\n";
                std::vector<std::string> cells = Cells(row);
                if (!found && cells.size() == columns.size() &&
                    cells[column("from_ap")] == "AP001" && cells[column("to_ap")] == "AP002")
                {
                    first.push_back(cells);
                    found = true;
                }
            }
        }
        std::cout << "\n"
                  << config.security << ", " << config.policy << ", " << std::defaultfloat
                  << config.speed << " m/s: " << first.size() << " of " << runs << " runs roamed\n";
        for (const auto& name : PHASES)
        {
            std::vector<double> values;
            for (const auto& cells : first)
            {
                const std::string& cell = cells[column(name)];
                values.push_back(cell.empty() ? -1.0 : std::atof(cell.c_str())); // empty: n/a
            }
            SampleSummary s = RoamStatistics::Summarize(values);
            std::cout << "  " << std::left << std::setw(16) << name << std::right;
            if (s.n == 0)
            {
                std::cout << "         n/a\n";
                continue;
            }
            std::cout << std::fixed << std::setprecision(2) << std::setw(10) << s.mean
                      << std::setw(10) << s.median << "  [" << s.mean - s.halfWidth << ", "
                      << s.mean + s.halfWidth << "]  n=" << s.n << "\n";
        }
    }
    std::cout << "\nWrote " << csvPath << "\n";
    return 0;
}
