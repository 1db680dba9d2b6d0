/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * System test of what the module puts on the wire, judged by an independent decoder: a short
 * roaming scenario is captured (every VLAN and every AP radio) and Wireshark's tshark must
 * decode every frame without a malformed packet or an expert error, and find every CAPWAP
 * control message type that the module sends, the data channel keep-alives, and the client's
 * 802.11 frames inside the CAPWAP data channel: the four EAPOL-Key messages, DHCP and ARP.
 * tshark runs with its default preferences (CAPWAP on UDP 5246/5247, tunnelled Frame Control
 * byte-swapped as Cisco APs send it). Without tshark the test is skipped.
 */

#include "wlc-system-test-fixture.h"
#include "wlc-test-util.h"

#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <set>
#include <sstream>

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

/**
 * \param pcap a capture
 * \return the tshark command that reads it, with tshark's default preferences
 */
std::string
TsharkOn(const std::string& pcap)
{
    // an empty personal configuration directory next to the capture: tshark's defaults, whatever
    // the user running the tests has configured
    std::filesystem::path config = std::filesystem::path(pcap).parent_path() / "wireshark-config";
    std::filesystem::create_directories(config);
    return "WIRESHARK_CONFIG_DIR=" + ShellQuote(config.string()) + " tshark -n -r " +
           ShellQuote(pcap);
}

/**
 * Run tshark on a capture.
 * \param pcap the capture
 * \param arguments tshark's other arguments (quoted by the caller)
 * \return its output and exit status
 */
CommandResult
Tshark(const std::string& pcap, const std::string& arguments)
{
    return RunCommand(TsharkOn(pcap) + " " + arguments);
}

/// \param text lines \return the non-empty lines
std::vector<std::string>
Lines(const std::string& text)
{
    return NonEmptyLines(text);
}

/// One decoded frame: field name -> the field's values (every occurrence).
using Row = TsharkRow;

/**
 * Decode a capture once and keep some fields of every frame.
 * \param pcap the capture
 * \param fields the tshark field names
 * \param result filled with tshark's exit status and errors
 * \return one row per frame
 */
std::vector<Row>
Decode(const std::string& pcap, const std::vector<std::string>& fields, CommandResult& result)
{
    return DecodeTsharkFields(TsharkOn(pcap), fields, result);
}

/// \param row a frame \param field a field \param value a value \return whether it has it
bool
Has(const Row& row, const std::string& field, const std::string& value)
{
    auto it = row.find(field);
    if (it == row.end())
    {
        return false;
    }
    for (const std::string& v : it->second)
    {
        if (v == value)
        {
            return true;
        }
        // numbers print in decimal or hexadecimal, booleans as 1 or True
        char* end = nullptr;
        unsigned long number = std::strtoul(v.c_str(), &end, 0);
        char* end2 = nullptr;
        unsigned long wanted = std::strtoul(value.c_str(), &end2, 0);
        if (!v.empty() && *end == '\0' && !value.empty() && *end2 == '\0' && number == wanted)
        {
            return true;
        }
        if ((v == "True" && value == "1") || (v == "False" && value == "0"))
        {
            return true;
        }
    }
    return false;
}

/// \param row a frame \param protocol a protocol name \return whether the frame carries it
bool
Carries(const Row& row, const std::string& protocol)
{
    auto it = row.find("frame.protocols");
    if (it == row.end() || it->second.empty())
    {
        return false;
    }
    std::string layers = ":" + it->second[0] + ":";
    return layers.find(":" + protocol + ":") != std::string::npos;
}

/// A condition on frames.
using Condition = std::function<bool(const Row&)>;

/// \param rows frames \param condition a condition \return how many meet it
std::size_t
Count(const std::vector<Row>& rows, const Condition& condition)
{
    std::size_t n = 0;
    for (const Row& row : rows)
    {
        n += condition(row);
    }
    return n;
}

/// \param lines lines \param max how many \return the first max lines, for messages
std::string
FirstLines(const std::vector<std::string>& lines, std::size_t max = 20)
{
    std::string text;
    for (std::size_t i = 0; i < lines.size() && i < max; ++i)
    {
        text += "\n    " + lines[i];
    }
    if (lines.size() > max)
    {
        text += "\n    ... " + std::to_string(lines.size() - max) + " more";
    }
    return text;
}

/**
 * Capture a short roam and decode it with tshark.
 */
class PcapDecodeTestCase : public TestCase
{
  public:
    PcapDecodeTestCase()
        : TestCase("tshark decodes every captured frame; CAPWAP, EAPOL, DHCP and ARP are present")
    {
    }

  private:
    /**
     * Decode a capture (once) and check that tshark read it whole, without a malformed frame
     * or an expert error.
     * \param pcap the capture
     * \param fields the fields to keep
     * \return one row per frame
     */
    std::vector<Row> DecodeChecked(const std::string& pcap, std::vector<std::string> fields)
    {
        NS_TEST_EXPECT_MSG_EQ(std::filesystem::exists(pcap), true, pcap);
        fields.insert(fields.begin(), {"frame.number", "_ws.malformed", "_ws.expert.severity"});
        CommandResult result;
        std::vector<Row> rows = Decode(pcap, fields, result);
        NS_TEST_EXPECT_MSG_EQ(result.exitStatus, 0, "tshark on " << pcap << ": " << result.errors);
        NS_TEST_EXPECT_MSG_EQ(result.errors.find("cut short"),
                              std::string::npos,
                              "tshark on " << pcap << ": " << result.errors);
        NS_TEST_EXPECT_MSG_GT(rows.size(), 10, "frames in " << pcap);
        // _ws.malformed || _ws.expert.severity >= error (PI_ERROR = 0x00800000)
        std::string numbers;
        for (const Row& row : rows)
        {
            bool bad = row.count("_ws.malformed") > 0;
            auto severity = row.find("_ws.expert.severity");
            for (std::size_t i = 0; severity != row.end() && i < severity->second.size(); ++i)
            {
                bad |= std::strtoul(severity->second[i].c_str(), nullptr, 0) >= 0x00800000;
            }
            if (bad)
            {
                numbers += (numbers.empty() ? "" : ",") + row.at("frame.number").at(0);
            }
        }
        std::string offending;
        if (!numbers.empty())
        {
            CommandResult list =
                Tshark(pcap, "-Y " + ShellQuote("frame.number in {" + numbers + "}"));
            offending = FirstLines(Lines(list.output));
        }
        NS_TEST_EXPECT_MSG_EQ(numbers,
                              "",
                              "malformed frames or expert errors in " << pcap << offending);
        return rows;
    }

    void DoRun() override
    {
        if (!InPath("tshark"))
        {
            std::cerr << "SKIPPED: tshark not installed (wlc-pcap-decode needs Wireshark's "
                         "tshark in PATH)"
                      << std::endl;
            return;
        }
        std::string dir = FreshTempDir("pcap-decode");
        std::string prefix = dir + "/roam";
        std::vector<RoamRecord> roams;
        Time stop;
        {
            RoamingScenario::Config config;
            config.controllers = 1;
            config.apsPerController = 2;
            config.clients = 1;
            config.walkSpeed = 5;
            config.trafficInterval = MilliSeconds(100);
            RoamingScenario scenario(config);
            scenario.Build();
            scenario.EnablePcap(prefix);
            stop = scenario.GetStopTime();
            scenario.Run();
            roams = scenario.GetRoamMonitor()->GetRoams();
            Simulator::Destroy();
            // the pcap files are complete once the scenario, which holds the captured devices,
            // is gone
        }
        // the run must contain Echo Requests: Run at about 7 s, EchoInterval 30 s
        NS_TEST_ASSERT_MSG_GT(stop, Seconds(45), "the run is too short");
        if (stop <= Seconds(45))
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(roams.size(), 1, "the capture must hold a roam");
        if (roams.size() != 1)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }

        const std::string management = prefix + "-vlan80.pcap";
        const std::string clients = prefix + "-vlan81.pcap";
        // every capture decodes without a malformed frame or an expert error
        DecodeChecked(prefix + "-vlan10.pcap", {"frame.protocols"});
        // --- the management VLAN, decoded once
        std::vector<Row> mgmt =
            DecodeChecked(management,
                          {"frame.protocols",
                           "capwap.control.header.message_type",
                           "capwap.message_element.type",
                           "capwap.header.flags.k",
                           "capwap.header.flags.t",
                           "udp.srcport",
                           "udp.dstport",
                           "wlan.fc.type_subtype",
                           "wlan_rsna_eapol.keydes.msgnr",
                           "dhcp.option.dhcp",
                           "arp.opcode",
                           "capwap.control.message_element.wtp_name",
                           "capwap.control.message_element.ac_name",
                           "capwap.control.message_element.ieee80211_add_wlan.ssid",
                           "capwap.control.message_element.add_station.mac.eui48",
                           "capwap.control.message_element.delete_station.mac.eui48"});
        NS_TEST_ASSERT_MSG_GT(mgmt.size(), 600, "frames on the management VLAN");
        if (mgmt.size() <= 600)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        // every CAPWAP control message type the module sends
        std::map<uint32_t, uint32_t> seen;
        for (const Row& row : mgmt)
        {
            auto it = row.find("capwap.control.header.message_type");
            if (it != row.end() && !it->second.empty())
            {
                seen[static_cast<uint32_t>(std::stoul(it->second[0]))]++;
            }
        }
        std::vector<std::pair<uint32_t, std::string>> expected = {
            {1, "Discovery Request"},
            {2, "Discovery Response"},
            {3, "Join Request"},
            {4, "Join Response"},
            {5, "Configuration Status Request"},
            {6, "Configuration Status Response"},
            {11, "Change State Event Request"},
            {12, "Change State Event Response"},
            {13, "Echo Request"},
            {14, "Echo Response"},
            {25, "Station Configuration Request"},
            {26, "Station Configuration Response"},
            {3398913, "IEEE 802.11 WLAN Configuration Request"},
            {3398914, "IEEE 802.11 WLAN Configuration Response"},
        };
        std::ostringstream all;
        for (const auto& [type, n] : seen)
        {
            all << type << " x" << n << "; ";
        }
        for (const auto& [type, name] : expected)
        {
            NS_TEST_EXPECT_MSG_GT(seen[type],
                                  0,
                                  name << " (" << type << ") not decoded; seen: " << all.str());
        }
        // two APs: each step of the join at least twice, each answered; Add Station at the
        // association, Delete and Add Station at the roam
        for (uint32_t type : {1u, 3u, 5u, 11u, 13u, 3398913u})
        {
            NS_TEST_EXPECT_MSG_GT_OR_EQ(seen[type], 2, "type " << type << "; seen: " << all.str());
            NS_TEST_EXPECT_MSG_EQ(seen[type + 1], seen[type], "responses to " << type);
        }
        NS_TEST_EXPECT_MSG_GT_OR_EQ(seen[25], 3, "Station Configuration Requests: " << all.str());
        NS_TEST_EXPECT_MSG_EQ(seen[26], seen[25], "Station Configuration Responses");
        NS_TEST_EXPECT_MSG_EQ(seen.size(),
                              expected.size(),
                              "unexpected message types: " << all.str());

        const std::string client = "aa:26:96:3e:4b:ee";
        std::vector<std::tuple<std::string, std::size_t, Condition>> checks = {
            // the elements, as the decoder reads them
            {"Add Station element for the client",
             2,
             [&](const Row& r) {
                 return Has(r, "capwap.control.message_element.add_station.mac.eui48", client);
             }},
            {"Delete Station element for the client",
             1,
             [&](const Row& r) {
                 return Has(r, "capwap.control.message_element.delete_station.mac.eui48", client);
             }},
            {"IEEE 802.11 Station element",
             2,
             [](const Row& r) { return Has(r, "capwap.message_element.type", "1036"); }},
            {"IEEE 802.11 Add WLAN with the SSID",
             2,
             [](const Row& r) {
                 return Has(r, "capwap.control.message_element.ieee80211_add_wlan.ssid", "CORP");
             }},
            {"Assigned WTP BSSID",
             2,
             [](const Row& r) { return Has(r, "capwap.message_element.type", "1026"); }},
            {"WTP Name AP001 (Join Request)",
             1,
             [](const Row& r) {
                 return Has(r, "capwap.control.message_element.wtp_name", "AP001");
             }},
            {"WTP Name AP002 (Join Request)",
             1,
             [](const Row& r) {
                 return Has(r, "capwap.control.message_element.wtp_name", "AP002");
             }},
            {"AC Name WLC1",
             4,
             [](const Row& r) { return Has(r, "capwap.control.message_element.ac_name", "WLC1"); }},
            // the data channel
            {"data channel keep-alives (Session ID element)",
             4,
             [](const Row& r) {
                 return Has(r, "capwap.header.flags.k", "1") &&
                        Has(r, "capwap.message_element.type", "35");
             }},
            {"keep-alives echoed by the AC",
             2,
             [](const Row& r) {
                 return Has(r, "capwap.header.flags.k", "1") && Has(r, "udp.srcport", "5247");
             }},
            {"802.11 frames in the data channel",
             600,
             [](const Row& r) {
                 return Carries(r, "capwap.data") && Carries(r, "wlan") &&
                        Has(r, "capwap.header.flags.t", "1");
             }},
            {"Association Request in the tunnel",
             1,
             [](const Row& r) {
                 return Carries(r, "capwap.data") && Has(r, "wlan.fc.type_subtype", "0x0000");
             }},
            {"Reassociation or Association Request at the roam",
             2,
             [](const Row& r) {
                 return Carries(r, "capwap.data") && (Has(r, "wlan.fc.type_subtype", "0x0000") ||
                                                      Has(r, "wlan.fc.type_subtype", "0x0002"));
             }},
            {"EAPOL-Key message 1 in the tunnel",
             2,
             [](const Row& r) {
                 return Carries(r, "capwap.data") && Has(r, "wlan_rsna_eapol.keydes.msgnr", "1");
             }},
            {"EAPOL-Key message 2 in the tunnel",
             2,
             [](const Row& r) {
                 return Carries(r, "capwap.data") && Has(r, "wlan_rsna_eapol.keydes.msgnr", "2");
             }},
            {"EAPOL-Key message 3 in the tunnel",
             2,
             [](const Row& r) {
                 return Carries(r, "capwap.data") && Has(r, "wlan_rsna_eapol.keydes.msgnr", "3");
             }},
            {"EAPOL-Key message 4 in the tunnel",
             2,
             [](const Row& r) {
                 return Carries(r, "capwap.data") && Has(r, "wlan_rsna_eapol.keydes.msgnr", "4");
             }},
            {"DHCP in the tunnel",
             4,
             [](const Row& r) { return Carries(r, "capwap.data") && Carries(r, "dhcp"); }},
            {"DHCP ACK in the tunnel",
             1,
             [](const Row& r) {
                 return Carries(r, "capwap.data") && Has(r, "dhcp.option.dhcp", "5");
             }},
            {"ARP request in the tunnel",
             1,
             [](const Row& r) { return Carries(r, "capwap.data") && Has(r, "arp.opcode", "1"); }},
            {"ARP reply in the tunnel",
             1,
             [](const Row& r) { return Carries(r, "capwap.data") && Has(r, "arp.opcode", "2"); }},
            {"downlink traffic in the tunnel",
             300,
             [](const Row& r) {
                 return Carries(r, "capwap.data") && Has(r, "udp.dstport", "5000");
             }},
            {"uplink traffic in the tunnel",
             300,
             [](const Row& r) {
                 return Carries(r, "capwap.data") && Has(r, "udp.dstport", "6000");
             }},
        };
        for (const auto& [what, minimum, condition] : checks)
        {
            NS_TEST_EXPECT_MSG_GT_OR_EQ(Count(mgmt, condition), minimum, what);
        }

        // --- the client VLAN: the bridged client, no CAPWAP
        std::vector<Row> vlan81 = DecodeChecked(
            clients,
            {"frame.protocols", "eth.src", "ip.src", "udp.dstport", "dhcp.option.dhcp"});
        NS_TEST_EXPECT_MSG_GT_OR_EQ(
            Count(vlan81,
                  [&](const Row& r) { return Carries(r, "dhcp") && Has(r, "eth.src", client); }),
            2,
            "client's DHCP on VLAN 81");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(
            Count(vlan81, [](const Row& r) { return Has(r, "dhcp.option.dhcp", "5"); }),
            1,
            "DHCP ACK on VLAN 81");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(Count(vlan81,
                                          [](const Row& r) {
                                              return Has(r, "udp.dstport", "6000") &&
                                                     Has(r, "ip.src", "10.99.81.40");
                                          }),
                                    300,
                                    "uplink on VLAN 81");
        NS_TEST_EXPECT_MSG_EQ(
            Count(vlan81,
                  [](const Row& r) { return Carries(r, "capwap") || Carries(r, "capwap.data"); }),
            0,
            "CAPWAP on the client VLAN");

        // --- over the air: beacons of both APs, the EAPOL-Key messages in the clear
        for (const std::string ap : {"AP001", "AP002"})
        {
            std::vector<Row> air = DecodeChecked(
                prefix + "-" + ap + ".pcap",
                {"frame.protocols", "wlan.fc.type_subtype", "wlan_rsna_eapol.keydes.msgnr"});
            NS_TEST_EXPECT_MSG_GT(
                Count(air, [](const Row& r) { return Has(r, "wlan.fc.type_subtype", "0x0008"); }),
                10,
                ap << " beacons");
            for (const char* message : {"1", "2", "3", "4"})
            {
                NS_TEST_EXPECT_MSG_GT_OR_EQ(
                    Count(air,
                          [message](const Row& r) {
                              return Has(r, "wlan_rsna_eapol.keydes.msgnr", message);
                          }),
                    1,
                    ap << " EAPOL-Key message " << message << " over the air");
            }
        }
    }
};

/// The suite.
class PcapDecodeTestSuite : public TestSuite
{
  public:
    PcapDecodeTestSuite()
        : TestSuite("wlc-pcap-decode", WLC_TEST_SYSTEM)
    {
        AddTestCase(new PcapDecodeTestCase, WLC_TEST_QUICK);
    }
};

/// Static instance.
PcapDecodeTestSuite g_pcapDecodeTestSuite;

} // namespace
