/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * System test of the reference Layer 3 roam's captures, judged by Wireshark's tshark: the
 * management VLANs of WLC1 (vlan80) and WLC2 (vlan82) decode without a malformed frame or an
 * expert error; they carry CAPWAP control and data, and the EtherIP tunnel from WLC1 to WLC2
 * with the client's Ethernet frames inside (its MAC and address); with the module's Lua dissector
 * (doc/wireshark/wlc-mobility.lua) the roam's MobileAnnounce, MobileHandoff and MobileHandoffAck
 * decode with their type names and nothing is malformed. Without tshark the test prints
 * "SKIPPED: tshark not installed" and passes; without Lua support in tshark only the Lua part is
 * skipped.
 */

#include "wlc-mobility-test-fixture.h"
#include "wlc-test-util.h"

#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

using Row = TsharkRow;

/**
 * \param tshark the tshark command and its options (before -r) \param pcap the capture
 * \param fields the fields \param result tshark's exit status and errors
 * \return one row per frame
 */
std::vector<Row>
DecodeFields(const std::string& tshark,
             const std::string& pcap,
             const std::vector<std::string>& fields,
             CommandResult& result)
{
    return DecodeTsharkFields(tshark + " -r " + ShellQuote(pcap), fields, result);
}

/**
 * The reference roam, captured and decoded.
 */
class L3PcapDecodeTestCase : public TestCase
{
  public:
    L3PcapDecodeTestCase()
        : TestCase("tshark decodes the Layer 3 roam's captures: CAPWAP, EtherIP, mobility")
    {
    }

  private:
    void DoRun() override
    {
        if (!InPath("tshark"))
        {
            std::cerr << "SKIPPED: tshark not installed" << std::endl;
            return;
        }
        const std::string dir = FreshTempDir("l3-pcap-decode");
        const std::string prefix = dir + "/l3";
        MobilityRunOptions options;
        options.pcapPrefix = prefix;
        MobilityRunResult r = RunMobilityScenario(InterControllerConfig(2, 10), options);
        // (the pcap files are complete: the scenario that held the devices is gone)
        WLC_REQUIRE_EQ(r.roams.size(), 1, "the captures must hold a roam");
        WLC_REQUIRE_EQ(r.roams[0].type, "l3", r.roamSummary);
        const Time roamTime = r.roams[0].time;
        const std::string client = ToText(r.client);
        const std::string clientIp = ToText(REFERENCE_CLIENT_IP);

        const std::string tshark = "tshark -n";
        const std::vector<std::string> fields = {"frame.number",
                                                 "frame.time_epoch",
                                                 "frame.protocols",
                                                 "_ws.malformed",
                                                 "_ws.expert.severity",
                                                 "eth.src",
                                                 "eth.dst",
                                                 "ip.src",
                                                 "ip.dst",
                                                 "udp.dstport",
                                                 "etherip.ver",
                                                 "capwap.control.header.message_type"};
        for (const std::string vlan : {"vlan80", "vlan82"})
        {
            const std::string pcap = prefix + "-" + vlan + ".pcap";
            WLC_REQUIRE_EQ(std::filesystem::exists(pcap), true, pcap);
            // no malformed frame, no expert error
            CommandResult bad =
                RunCommand(tshark + " -r " + ShellQuote(pcap) + " -Y " +
                           ShellQuote("_ws.malformed || _ws.expert.severity >= error") +
                           " -T fields -e frame.number -e frame.protocols -e _ws.expert.message");
            NS_TEST_EXPECT_MSG_EQ(bad.exitStatus, 0, "tshark on " << pcap << ": " << bad.errors);
            NS_TEST_EXPECT_MSG_EQ(bad.output, "", "malformed frames or expert errors in " << pcap);
            CommandResult result;
            std::vector<Row> rows = DecodeFields(tshark, pcap, fields, result);
            NS_TEST_EXPECT_MSG_EQ(result.exitStatus,
                                  0,
                                  "tshark on " << pcap << ": " << result.errors);
            NS_TEST_EXPECT_MSG_GT(rows.size(), 1000, "frames in " << pcap);

            // CAPWAP control and data (the AP of that VLAN and its controller)
            std::size_t control = 0;
            std::size_t data80211 = 0;
            std::size_t downlinkOverCapwap = 0;
            // the EtherIP tunnel WLC1 -> WLC2 with the client's frames, and back
            std::size_t toForeign = 0;
            std::size_t downlinkInTunnel = 0;
            std::size_t toForeignEarly = 0;
            std::size_t toAnchor = 0;
            std::size_t etherIpOther = 0;
            for (const Row& row : rows)
            {
                control += TsharkHasLayers(row, "ip:udp:capwap") &&
                           TsharkOccurrences(row, "capwap.control.header.message_type") > 0;
                data80211 += TsharkHasLayers(row, "ip:udp:capwap.data:wlan");
                downlinkOverCapwap += TsharkHasLayers(row, "capwap.data:wlan:llc:ip:udp") &&
                                      TsharkField(row, "ip.dst", 1) == clientIp &&
                                      TsharkField(row, "udp.dstport", 1) == "5000";
                if (!TsharkHasLayers(row, "ip:etherip:eth"))
                {
                    continue;
                }
                bool version3 = TsharkField(row, "etherip.ver") == "3";
                std::string outerSrc = TsharkField(row, "ip.src", 0);
                std::string outerDst = TsharkField(row, "ip.dst", 0);
                if (version3 && outerSrc == "10.99.80.1" && outerDst == "10.99.82.1" &&
                    TsharkField(row, "eth.dst", 1) == client)
                {
                    // to the client: its downlink, and the DHCP and ARP replies
                    ++toForeign;
                    downlinkInTunnel += TsharkField(row, "ip.dst", 1) == clientIp &&
                                        TsharkField(row, "udp.dstport") == "5000";
                    toForeignEarly +=
                        std::stod(TsharkField(row, "frame.time_epoch")) < roamTime.GetSeconds();
                }
                else if (version3 && outerSrc == "10.99.82.1" && outerDst == "10.99.80.1" &&
                         TsharkField(row, "eth.src", 1) == client)
                {
                    ++toAnchor; // the client's broadcasts (ARP, DHCP) go to its anchor
                }
                else
                {
                    ++etherIpOther;
                }
            }
            // the downlink after the roam: 50 packets/s for about 17 s
            const std::size_t downlinkAfter =
                static_cast<std::size_t>((r.stop - Seconds(1) - roamTime).GetSeconds() * 50);
            NS_TEST_EXPECT_MSG_GT_OR_EQ(control, 6, "CAPWAP control messages in " << pcap);
            NS_TEST_EXPECT_MSG_GT(data80211, 500, "802.11 frames in CAPWAP data in " << pcap);
            NS_TEST_EXPECT_MSG_GT_OR_EQ(toForeign, downlinkInTunnel, "EtherIP in " << pcap);
            NS_TEST_EXPECT_MSG_GT_OR_EQ(double(downlinkInTunnel),
                                        0.9 * double(downlinkAfter),
                                        "EtherIP 10.99.80.1 -> 10.99.82.1 with the client's "
                                        "downlink in "
                                            << pcap);
            NS_TEST_EXPECT_MSG_EQ(toForeignEarly, 0, "EtherIP before the roam in " << pcap);
            NS_TEST_EXPECT_MSG_GT_OR_EQ(toAnchor,
                                        1,
                                        "EtherIP 10.99.82.1 -> 10.99.80.1 from the client in "
                                            << pcap);
            NS_TEST_EXPECT_MSG_EQ(etherIpOther, 0, "other EtherIP frames in " << pcap);
            if (std::string(vlan) == "vlan82")
            {
                // out of the tunnel, into AP002's CAPWAP data channel
                NS_TEST_EXPECT_MSG_GT_OR_EQ(double(downlinkOverCapwap),
                                            0.9 * double(downlinkAfter),
                                            "the client's downlink in CAPWAP data to AP002");
            }
        }

        // --- the mobility messages, with the module's Lua dissector
        const std::string lua = MobilityDissectorPath();
        WLC_REQUIRE_EQ(std::filesystem::exists(lua), true, "dissector " << lua);
        std::string luaErrors;
        if (!TsharkRunsLua(dir, prefix + "-vlan80.pcap", luaErrors))
        {
            std::cerr << "SKIPPED: tshark does not run Lua scripts here (the mobility message "
                         "checks): "
                      << luaErrors << std::endl;
            return;
        }
        const std::string withLua = "tshark -n -X lua_script:" + ShellQuote(lua);
        const std::vector<std::string> mobilityFields = {"frame.number",
                                                         "frame.protocols",
                                                         "_ws.malformed",
                                                         "_ws.expert.severity",
                                                         "_ws.lua.error",
                                                         "ip.src",
                                                         "ip.dst",
                                                         "wlcmobility.type",
                                                         "wlcmobility.xid",
                                                         "wlcmobility.length",
                                                         "wlcmobility.mobile_mac",
                                                         "wlcmobility.mobile_ip"};
        for (const std::string vlan : {"vlan80", "vlan82"})
        {
            const std::string pcap = prefix + "-" + vlan + ".pcap";
            CommandResult result;
            std::vector<Row> rows = DecodeFields(withLua, pcap, mobilityFields, result);
            NS_TEST_EXPECT_MSG_EQ(result.exitStatus, 0, "tshark with Lua: " << result.errors);
            std::string bad;
            std::size_t mobility = 0;
            for (const Row& row : rows)
            {
                if (TsharkIsBad(row))
                {
                    bad += " " + TsharkField(row, "frame.number");
                }
                mobility += TsharkHasLayers(row, "udp:wlcmobility");
            }
            NS_TEST_EXPECT_MSG_EQ(bad, "", "malformed frames with the Lua dissector in " << pcap);
            NS_TEST_EXPECT_MSG_GT(mobility, 8, "mobility messages in " << pcap);
            // the roam's exchange: one transaction, announce from WLC2, handoff and ack
            std::string xid;
            std::vector<std::string> exchange;
            for (const Row& row : rows)
            {
                if (TsharkField(row, "wlcmobility.mobile_mac") != client)
                {
                    continue;
                }
                std::string type = TsharkField(row, "wlcmobility.type");
                std::string from = TsharkField(row, "ip.src");
                if (type == "3" && from == "10.99.82.1")
                {
                    xid = TsharkField(row, "wlcmobility.xid");
                }
                if (!xid.empty() && TsharkField(row, "wlcmobility.xid") == xid)
                {
                    exchange.push_back(type + ":" + from + ">" + TsharkField(row, "ip.dst") + ":" +
                                       TsharkField(row, "wlcmobility.length") + ":" +
                                       TsharkField(row, "wlcmobility.mobile_ip"));
                }
            }
            std::string sequence;
            for (const std::string& e : exchange)
            {
                sequence += e + " ";
            }
            NS_TEST_EXPECT_MSG_EQ(sequence,
                                  "3:10.99.82.1>10.99.80.1:116:0.0.0.0 "
                                  "5:10.99.80.1>10.99.82.1:546:10.99.81.40 "
                                  "6:10.99.82.1>10.99.80.1:64:10.99.81.40 ",
                                  "the roam's mobility exchange in " << pcap);
            // the type names, as the dissector shows them
            CommandResult verbose = RunCommand(
                withLua + " -r " + ShellQuote(pcap) + " -O wlcmobility -V -Y " +
                ShellQuote("wlcmobility.mobile_mac == " + client +
                           " && wlcmobility.xid == " + (xid.empty() ? std::string("0") : xid)));
            NS_TEST_EXPECT_MSG_EQ(verbose.exitStatus, 0, "tshark -V: " << verbose.errors);
            for (const char* name : {"Type: MobileAnnounce (3)",
                                     "Type: MobileHandoff (5)",
                                     "Type: MobileHandoffAck (6)",
                                     "Code: Handoff Indication (2)",
                                     "Sender Role: Local (1)"})
            {
                NS_TEST_EXPECT_MSG_NE(verbose.output.find(name),
                                      std::string::npos,
                                      "'" << name << "' in the decode of " << pcap << ":\n"
                                          << verbose.output.substr(0, 3000));
            }
            for (const char* text : {"Malformed", "Lua Error", "Expert Info"})
            {
                NS_TEST_EXPECT_MSG_EQ(verbose.output.find(text),
                                      std::string::npos,
                                      "'" << text << "' in the decode of " << pcap);
            }
        }
    }
};

/// The suite.
/**
 * A WPA2-Enterprise roam, captured and decoded: RADIUS between WLC1 and the server (with correct
 * Response Authenticators), EAP inside CAPWAP and on the air.
 */
class Dot1xPcapDecodeTestCase : public TestCase
{
  public:
    Dot1xPcapDecodeTestCase()
        : TestCase("tshark decodes a WPA2-Enterprise roam's captures: RADIUS, EAP, EAPOL-Key")
    {
    }

  private:
    void DoRun() override
    {
        if (!InPath("tshark"))
        {
            std::cerr << "SKIPPED: tshark not installed" << std::endl;
            return;
        }
        const std::string dir = FreshTempDir("dot1x-pcap-decode");
        const std::string prefix = dir + "/dot1x";
        RoamingScenario::Config config;
        config.controllers = 2;
        config.apsPerController = 1;
        config.security = WlanSecurity::WPA2_8021X;
        {
            RoamingScenario scenario(config);
            scenario.Build();
            scenario.EnablePcap(prefix);
            scenario.Run();
            Simulator::Destroy();
        }
        const std::string tshark = "tshark -n -o radius.shared_secret:" + config.radiusSecret +
                                   " -o radius.validate_authenticator:TRUE";
        const std::vector<std::string> fields = {"frame.number",
                                                 "frame.protocols",
                                                 "_ws.malformed",
                                                 "_ws.expert.severity",
                                                 "radius.code",
                                                 "eap.code",
                                                 "eap.type",
                                                 "eapol.type"};

        struct Count
        {
            std::size_t requests{0};     //!< Access-Request
            std::size_t challenges{0};   //!< Access-Challenge
            std::size_t accepts{0};      //!< Access-Accept
            std::size_t eapRequests{0};  //!< EAP-Request
            std::size_t eapResponses{0}; //!< EAP-Response
            std::size_t eapSuccess{0};   //!< EAP-Success
            std::size_t eapolKeys{0};    //!< EAPOL-Key
        };

        std::map<std::string, Count> counts;
        for (const std::string capture : {"vlan10", "vlan80", "vlan82", "AP001", "AP002"})
        {
            const std::string pcap = prefix + "-" + capture + ".pcap";
            WLC_REQUIRE_EQ(std::filesystem::exists(pcap), true, pcap);
            CommandResult bad =
                RunCommand(tshark + " -r " + ShellQuote(pcap) + " -Y " +
                           ShellQuote("_ws.malformed || _ws.expert.severity >= error") +
                           " -T fields -e frame.number -e frame.protocols -e _ws.expert.message");
            NS_TEST_EXPECT_MSG_EQ(bad.exitStatus, 0, "tshark on " << pcap << ": " << bad.errors);
            NS_TEST_EXPECT_MSG_EQ(bad.output, "", "malformed frames or expert errors in " << pcap);
            CommandResult result;
            std::vector<Row> rows = DecodeFields(tshark, pcap, fields, result);
            NS_TEST_EXPECT_MSG_EQ(result.exitStatus,
                                  0,
                                  "tshark on " << pcap << ": " << result.errors);
            Count& c = counts[capture];
            for (const Row& row : rows)
            {
                std::string code = TsharkField(row, "radius.code");
                c.requests += code == "1";
                c.accepts += code == "2";
                c.challenges += code == "11";
                // EAP on the air or in CAPWAP (not the copy a RADIUS packet carries)
                std::string eap =
                    TsharkHasLayers(row, "radius") ? "" : TsharkField(row, "eap.code");
                c.eapRequests += eap == "1";
                c.eapResponses += eap == "2";
                c.eapSuccess += eap == "3";
                c.eapolKeys += TsharkField(row, "eapol.type") == "3";
            }
        }
        // one full authentication at each controller: 10 round trips, as the method's profile
        NS_TEST_EXPECT_MSG_EQ(counts["vlan10"].requests, 20u, "Access-Requests at the server");
        NS_TEST_EXPECT_MSG_EQ(counts["vlan10"].challenges, 18u, "Access-Challenges");
        NS_TEST_EXPECT_MSG_EQ(counts["vlan10"].accepts, 2u, "Access-Accepts");
        for (const std::string capture : {"vlan80", "AP001"})
        {
            NS_TEST_EXPECT_MSG_EQ(counts[capture].eapRequests, 10u, "EAP-Requests in " << capture);
            NS_TEST_EXPECT_MSG_EQ(counts[capture].eapResponses,
                                  10u,
                                  "EAP-Responses in " << capture);
            NS_TEST_EXPECT_MSG_EQ(counts[capture].eapSuccess, 1u, "EAP-Success in " << capture);
            NS_TEST_EXPECT_MSG_GT_OR_EQ(counts[capture].eapolKeys, 4u, "EAPOL-Key in " << capture);
        }
        NS_TEST_EXPECT_MSG_EQ(counts["vlan82"].eapSuccess,
                              1u,
                              "EAP-Success through AP002's tunnel");
        // tshark checks each reply's Response Authenticator ("[correct]" / "[incorrect, ...]")
        CommandResult verbose =
            RunCommand(tshark + " -r " + ShellQuote(prefix + "-vlan10.pcap") + " -Y radius -V");
        std::size_t correct = 0;
        std::size_t incorrect = 0;
        for (const std::string& line : NonEmptyLines(verbose.output))
        {
            correct += line.find(" [correct]") != std::string::npos;
            incorrect += line.find("incorrect") != std::string::npos;
        }
        NS_TEST_EXPECT_MSG_EQ(correct, 20u, "every Access-Challenge and Access-Accept verified");
        NS_TEST_EXPECT_MSG_EQ(incorrect, 0u, "no incorrect Response Authenticator");
    }
};

class L3PcapDecodeTestSuite : public TestSuite
{
  public:
    L3PcapDecodeTestSuite()
        : TestSuite("wlc-l3-pcap-decode", WLC_TEST_SYSTEM)
    {
        AddTestCase(new L3PcapDecodeTestCase, WLC_TEST_QUICK);
        AddTestCase(new Dot1xPcapDecodeTestCase, WLC_TEST_QUICK);
    }
};

/// Static instance.
L3PcapDecodeTestSuite g_l3PcapDecodeTestSuite;

} // namespace
