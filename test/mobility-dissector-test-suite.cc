/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-system-test-fixture.h"
#include "wlc-test-util.h"

#include "ns3/byte-writer.h"
#include "ns3/mobility-header.h"
#include "ns3/mobility-message.h"
#include "ns3/pcap-file.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>

/**
 * \file
 * \ingroup wlc-tests
 * The Wireshark Lua dissector doc/wireshark/wlc-mobility.lua against the C++ encoder: one
 * datagram of every message type is written into a pcap (Ethernet/IPv4/UDP 16666 -> 16666) and
 * tshark must decode each with the right type and key fields and without any expert info; a
 * second pcap of malformed datagrams must get the dissector's malformed expert infos. Without
 * tshark the test prints "SKIPPED: tshark not installed" and passes.
 *
 * tshark 4.0 runs Lua scripts as root (it prints a warning on stderr, which is ignored); the
 * test checks tshark's exit status and parses its standard output only.
 */

namespace ns3
{
namespace
{

/// \param text lines \return them split at '\n', without empty last line
std::vector<std::string>
Lines(const std::string& text)
{
    std::vector<std::string> lines;
    std::stringstream in(text);
    std::string line;
    while (std::getline(in, line))
    {
        lines.push_back(line);
    }
    return lines;
}

/// \param line a line \param separator the separator \return its fields
std::vector<std::string>
Split(const std::string& line, char separator)
{
    std::vector<std::string> fields;
    std::string field;
    for (char c : line)
    {
        if (c == separator)
        {
            fields.push_back(field);
            field.clear();
        }
        else
        {
            field += c;
        }
    }
    fields.push_back(field);
    return fields;
}

/**
 * Wrap a UDP payload in Ethernet II / IPv4 / UDP, from 10.99.82.1:16666 to 10.99.80.1:16666.
 * \param payload the mobility message \return the frame
 */
std::vector<uint8_t>
Frame(const std::vector<uint8_t>& payload)
{
    ByteWriter w;
    w.WriteMac(Mac48Address("00:24:97:69:3c:40")); // destination
    w.WriteMac(Mac48Address("00:21:d8:fa:66:00")); // source
    w.WriteU16(0x0800);                            // IPv4
    const uint16_t totalLength = static_cast<uint16_t>(20 + 8 + payload.size());
    std::vector<uint16_t> ipWords = {0x4500,
                                     totalLength,
                                     0x1234,
                                     0x4000, // DF
                                     0x4011, // TTL 64, UDP
                                     0x0000, // checksum, computed below
                                     0x0a63,
                                     0x5201,
                                     0x0a63,
                                     0x5001};
    uint32_t sum = 0;
    for (uint16_t word : ipWords)
    {
        sum += word;
    }
    while (sum >> 16)
    {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    ipWords[5] = static_cast<uint16_t>(~sum);
    for (uint16_t word : ipWords)
    {
        w.WriteU16(word);
    }
    w.WriteU16(mobility::UDP_PORT);                        // source port
    w.WriteU16(mobility::UDP_PORT);                        // destination port
    w.WriteU16(static_cast<uint16_t>(8 + payload.size())); // UDP length
    w.WriteU16(0);                                         // no UDP checksum
    w.WriteBytes(payload);
    return w.GetBytes();
}

/// \param path the pcap \param payloads the UDP payloads, one frame each
void
WritePcap(const std::string& path, const std::vector<std::vector<uint8_t>>& payloads)
{
    PcapFile pcap;
    pcap.Open(path, std::ios::out);
    pcap.Init(1 /* LINKTYPE_ETHERNET */, 65535);
    uint32_t second = 1000;
    for (const auto& payload : payloads)
    {
        std::vector<uint8_t> frame = Frame(payload);
        pcap.Write(second++, 0, frame.data(), static_cast<uint32_t>(frame.size()));
    }
    pcap.Close();
}

/// \return the group id of the reference log
MobilityGroupId
GroupId()
{
    MobilityGroupId id{};
    std::string why;
    ParseMobilityGroupId("d7f8a4f2cb038b78641818bba26869b4", id, why);
    return id;
}

/// \param seq the sequence number \return a header about the reference's client
MobilityHeader
Header(uint32_t seq)
{
    MobilityHeader h;
    h.xid = 25;
    h.sequence = seq;
    h.groupId = GroupId();
    h.mobileMac = Mac48Address("ab:26:96:3e:4b:ee");
    h.mobileIp = Ipv4Address("10.99.81.40");
    h.vlanIp = Ipv4Address("10.99.84.3");
    h.vlanMask = Ipv4Mask("255.255.255.0");
    return h;
}

/// One datagram and the tshark field values it must give.
struct Expectation
{
    std::vector<uint8_t> payload;              //!< the UDP payload
    std::map<std::string, std::string> fields; //!< field -> expected -T fields value
};

/// \return one message of every type, with the fields tshark must show
std::vector<Expectation>
GoodMessages()
{
    std::vector<Expectation> all;
    const std::map<std::string, std::string> common = {
        {"wlcmobility.version", "1"},
        {"wlcmobility.xid", "25"},
        {"wlcmobility.group_id", "d7f8a4f2cb038b78641818bba26869b4"},
        {"wlcmobility.mobile_mac", "ab:26:96:3e:4b:ee"},
        {"wlcmobility.mobile_ip", "10.99.81.40"},
        {"wlcmobility.vlan_ip", "10.99.84.3"},
        {"wlcmobility.vlan_netmask", "255.255.255.0"},
    };
    auto add = [&all, &common](const MobilityMessage& m,
                               std::map<std::string, std::string> fields) {
        for (const auto& [name, value] : common)
        {
            fields.emplace(name, value);
        }
        fields["wlcmobility.type"] = std::to_string(unsigned(m.GetType()));
        fields["wlcmobility.seq"] = std::to_string(m.GetHeader().sequence);
        fields["wlcmobility.length"] = std::to_string(m.GetSerializedSize());
        all.push_back({m.Encode(), fields});
    };

    MobileAnnounceBody announce;
    announce.senderIp = Ipv4Address("10.99.82.1");
    announce.senderMac = Mac48Address("00:24:97:69:3c:40");
    announce.wlanId = 8;
    announce.ssid = "wlc-test";
    announce.bssid = Mac48Address("00:3a:99:14:13:77");
    announce.pemState = mobility::PEM_L2AUTHCOMPLETE;
    announce.vlanId = 84;
    add(MobilityMessage::CreateAnnounce(Header(101), announce),
        {{"wlcmobility.sender_ip", "10.99.82.1"},
         {"wlcmobility.sender_mac", "00:24:97:69:3c:40"},
         {"wlcmobility.wlan_id", "8"},
         {"wlcmobility.ssid", "wlc-test"},
         {"wlcmobility.bssid", "00:3a:99:14:13:77"},
         {"wlcmobility.pem_state", "4"},
         {"wlcmobility.vlan_id", "84"}});

    MobileHandoffBody handoff;
    handoff.senderIp = Ipv4Address("10.99.80.1");
    handoff.senderMac = Mac48Address("00:21:d8:fa:66:00");
    handoff.anchorIp = Ipv4Address("10.99.80.2");
    handoff.anchorMac = Mac48Address("00:21:d8:fa:66:01");
    handoff.code = MobileHandoffBody::CODE_HANDOFF_INDICATION;
    handoff.senderRole = MobileHandoffBody::ROLE_ANCHOR;
    handoff.reason = 1;
    handoff.wlanId = 8;
    handoff.ssid = "wlc-test";
    handoff.profileName = "wlan8";
    handoff.interfaceName = "intanchor";
    handoff.vlanId = 81;
    handoff.accessVlan = 82;
    handoff.quarantineVlan = 83;
    handoff.clientIp = Ipv4Address("10.99.81.40");
    handoff.clientMask = Ipv4Mask("255.255.254.0");
    handoff.defaultGatewayIp = Ipv4Address("10.99.81.1");
    handoff.defaultGatewayMac = Mac48Address("00:00:0c:07:ac:51");
    handoff.dhcpServer = Ipv4Address("10.99.81.2");
    handoff.pemState = mobility::PEM_RUN;
    handoff.nacState = MobileHandoffBody::NAC_QUARANTINE;
    handoff.securityPolicyCompleted = true;
    handoff.policyType = MobileHandoffBody::POLICY_WPA2;
    handoff.keyManagement = MobileHandoffBody::AKM_FT_PSK;
    handoff.cipher = MobileHandoffBody::CIPHER_CCMP;
    handoff.eapType = 13;
    handoff.pmkid.fill(0x11);
    handoff.pmk.fill(0x22);
    handoff.moveCount = 4;
    handoff.connectedSince = NanoSeconds(22000000001);
    handoff.associationId = 7;
    handoff.capabilityInfo = 0x0411;
    handoff.supportedRates = {0x8c, 0x12, 0x98};
    handoff.username = "alice";
    handoff.sessionTimeout = 1800;
    handoff.qosLevel = MobileHandoffBody::QOS_GOLD;
    handoff.wmm = true;
    handoff.dot1pTag = 5;
    handoff.aclName = "guest-acl";
    handoff.ipv6Addresses = {Ipv6Address("fe80::a926:96ff:fe3e:4bee"), Ipv6Address("2001:db8::40")};
    add(MobilityMessage::CreateHandoff(Header(132), handoff),
        {{"wlcmobility.sender_ip", "10.99.80.1"},
         {"wlcmobility.sender_mac", "00:21:d8:fa:66:00"},
         {"wlcmobility.anchor_ip", "10.99.80.2"},
         {"wlcmobility.anchor_mac", "00:21:d8:fa:66:01"},
         {"wlcmobility.code", "2"},
         {"wlcmobility.role", "2"},
         {"wlcmobility.reason", "1"},
         {"wlcmobility.ssid", "wlc-test"},
         {"wlcmobility.profile_name", "wlan8"},
         {"wlcmobility.interface", "intanchor"},
         {"wlcmobility.vlan_id", "81"},
         {"wlcmobility.access_vlan", "82"},
         {"wlcmobility.quarantine_vlan", "83"},
         {"wlcmobility.client_ip", "10.99.81.40"},
         {"wlcmobility.client_netmask", "255.255.254.0"},
         {"wlcmobility.gateway_ip", "10.99.81.1"},
         {"wlcmobility.gateway_mac", "00:00:0c:07:ac:51"},
         {"wlcmobility.dhcp_server", "10.99.81.2"},
         {"wlcmobility.pem_state", "20"},
         {"wlcmobility.nac_state", "1"},
         {"wlcmobility.policy_completed", "1"},
         {"wlcmobility.policy_type", "1"},
         {"wlcmobility.key_management", "3"},
         {"wlcmobility.cipher", "1"},
         {"wlcmobility.eap_type", "13"},
         {"wlcmobility.pmkid", std::string(32, '1')},
         {"wlcmobility.pmk", std::string(64, '2')},
         {"wlcmobility.move_count", "4"},
         {"wlcmobility.connected_since", "22000000001"},
         {"wlcmobility.aid", "7"},
         {"wlcmobility.rates_count", "3"},
         {"wlcmobility.rate", "0x8c,0x12,0x98"},
         {"wlcmobility.username", "alice"},
         {"wlcmobility.session_timeout", "1800"},
         {"wlcmobility.qos", "1"},
         {"wlcmobility.wmm", "1"},
         {"wlcmobility.dot1p", "5"},
         {"wlcmobility.acl_name", "guest-acl"},
         {"wlcmobility.ipv6_count", "2"},
         {"wlcmobility.ipv6", "fe80::a926:96ff:fe3e:4bee,2001:db8::40"}});

    MobileHandoffAckBody ack;
    ack.senderIp = Ipv4Address("10.99.82.1");
    ack.status = MobileHandoffAckBody::STATUS_ACCEPTED;
    ack.reason = 0;
    add(MobilityMessage::CreateHandoffAck(Header(102), ack),
        {{"wlcmobility.sender_ip", "10.99.82.1"},
         {"wlcmobility.status", "0"},
         {"wlcmobility.reason", "0"}});

    MobileAnchorUpdateBody update;
    update.senderIp = Ipv4Address("10.99.83.1");
    update.senderMac = Mac48Address("00:24:97:69:3c:41");
    update.moveCount = 2;
    add(MobilityMessage::CreateAnchorUpdate(Header(103), update),
        {{"wlcmobility.sender_ip", "10.99.83.1"},
         {"wlcmobility.sender_mac", "00:24:97:69:3c:41"},
         {"wlcmobility.move_count", "2"}});

    ack.senderIp = Ipv4Address("10.99.80.1");
    ack.status = MobileHandoffAckBody::STATUS_REFUSED;
    ack.reason = 3;
    add(MobilityMessage::CreateAnchorUpdateAck(Header(104), ack),
        {{"wlcmobility.sender_ip", "10.99.80.1"},
         {"wlcmobility.status", "1"},
         {"wlcmobility.reason", "3"}});

    MobileKeepAliveBody keepAlive;
    keepAlive.senderIp = Ipv4Address("10.99.80.1");
    keepAlive.senderMac = Mac48Address("00:21:d8:fa:66:00");
    keepAlive.memberCount = 3;
    add(MobilityMessage::CreateKeepAlive(Header(105), keepAlive),
        {{"wlcmobility.sender_ip", "10.99.80.1"}, {"wlcmobility.member_count", "3"}});
    keepAlive.senderIp = Ipv4Address("10.99.82.1");
    keepAlive.memberCount = 2;
    add(MobilityMessage::CreateKeepAliveAck(Header(106), keepAlive),
        {{"wlcmobility.sender_ip", "10.99.82.1"}, {"wlcmobility.member_count", "2"}});

    MobileClientDeleteBody remove;
    remove.senderIp = Ipv4Address("10.99.80.1");
    remove.reason = 5;
    add(MobilityMessage::CreateClientDelete(Header(107), remove),
        {{"wlcmobility.sender_ip", "10.99.80.1"}, {"wlcmobility.reason", "5"}});

    MobilePmkUpdateBody pmk;
    pmk.senderIp = Ipv4Address("10.99.80.1");
    pmk.senderMac = Mac48Address("00:21:d8:fa:66:00");
    pmk.pmk.fill(0x5a);
    pmk.lifetime = 1800;
    pmk.username = "user1";
    pmk.eapType = 25;
    add(MobilityMessage::CreatePmkUpdate(Header(108), pmk),
        {{"wlcmobility.sender_ip", "10.99.80.1"},
         {"wlcmobility.pmk_lifetime", "1800"},
         {"wlcmobility.username", "user1"},
         {"wlcmobility.eap_type", "25"}});

    MobileFtKeyUpdateBody ft;
    ft.senderIp = Ipv4Address("10.99.80.1");
    ft.senderMac = Mac48Address("00:21:d8:fa:66:00");
    ft.mdid = 0xa1b2;
    ft.akm = 0x000fac03;
    ft.pmkR0.fill(0x33);
    ft.pmkR0Name.fill(0x44);
    ft.lifetime = 3600;
    ft.r0khId = "WLC1";
    add(MobilityMessage::CreateFtKeyUpdate(Header(109), ft),
        {{"wlcmobility.sender_ip", "10.99.80.1"},
         {"wlcmobility.mdid", "0xa1b2"},
         {"wlcmobility.ft_akm", "0x000fac03"},
         {"wlcmobility.pmk_r0", std::string(64, '3')},
         {"wlcmobility.pmk_r0_name", std::string(32, '4')},
         {"wlcmobility.pmk_lifetime", "3600"},
         {"wlcmobility.r0kh_id", "WLC1"}});
    return all;
}

/// Malformed datagrams and a fragment of the expert info each must get.
std::vector<std::pair<std::vector<uint8_t>, std::string>>
BadMessages()
{
    std::vector<Expectation> good = GoodMessages();
    std::vector<std::pair<std::vector<uint8_t>, std::string>> bad;
    std::vector<uint8_t> announce = good[0].payload;
    std::vector<uint8_t> bytes = announce;
    bytes[13] = 117; // length field 117, datagram 116
    bad.emplace_back(bytes, "Length field 117 disagrees with the 116-byte datagram");
    bytes = announce;
    bytes[13] = 115;
    bad.emplace_back(bytes, "Length field 115 disagrees");
    bytes = good[1].payload;
    bytes.resize(300); // truncated MobileHandoff
    bad.emplace_back(bytes, "ends inside the MobileHandoff");
    bytes = announce;
    bytes[68] = 40; // SSID length
    bad.emplace_back(bytes, "SSID length 40 is not in 1..32");
    bytes = announce;
    bytes[0] = 7; // unknown type
    bad.emplace_back(bytes, "Unknown message type 7");
    bytes = announce;
    bytes[2] = 2; // version
    bad.emplace_back(bytes, "Version 2 is not 1");
    bytes = announce;
    bytes[53] = 0x00; // VLAN netmask 255.0.0.255
    bytes[54] = 0x00;
    bytes[55] = 0xff;
    bad.emplace_back(bytes, "is not contiguous");
    bytes = good[1].payload;
    bytes[287] = 17; // rates count
    bad.emplace_back(bytes, "Supported rates count 17 exceeds 16");
    bytes = good[1].payload;
    bytes[410] = 9; // IPv6 count
    bad.emplace_back(bytes, "IPv6 address count 9 exceeds 8");
    bytes = good[1].payload;
    bytes[219] = 6; // key management
    bad.emplace_back(bytes, "out of range");
    bytes = std::vector<uint8_t>(announce.begin(), announce.begin() + 20); // shorter than header
    bad.emplace_back(bytes, "56-byte header");
    bytes = good[5].payload; // a MobileKeepAlive relabelled as MobileHandoffAck (68 != 64)
    bytes[0] = 6;
    bad.emplace_back(bytes, "MobileHandoffAck must be 64 bytes, not 68");
    return bad;
}

/// tshark decodes every message type with the Lua dissector.
class MobilityDissectorTestCase : public TestCase
{
  public:
    MobilityDissectorTestCase()
        : TestCase("tshark with wlc-mobility.lua decodes every mobility message")
    {
    }

  private:
    void DoRun() override
    {
        if (!wlctest::InPath("tshark"))
        {
            std::cerr << "SKIPPED: tshark not installed" << std::endl;
            return;
        }
        wlctest::CommandResult version = wlctest::RunCommand("tshark -v");
        if (version.output.find("without Lua") != std::string::npos)
        {
            std::cerr << "SKIPPED: tshark built without Lua" << std::endl;
            return;
        }
        const std::string lua = wlctest::MobilityDissectorPath();
        WLC_REQUIRE_EQ(std::filesystem::exists(lua), true, "dissector " << lua);
        const std::string dir = wlctest::FreshTempDir("mobility-dissector");
        const std::string goodPcap = dir + "/good.pcap";
        const std::string badPcap = dir + "/bad.pcap";

        std::vector<Expectation> good = GoodMessages();
        std::vector<std::vector<uint8_t>> payloads;
        for (const auto& e : good)
        {
            payloads.push_back(e.payload);
        }
        WritePcap(goodPcap, payloads);
        auto bad = BadMessages();
        payloads.clear();
        for (const auto& b : bad)
        {
            payloads.push_back(b.first);
        }
        WritePcap(badPcap, payloads);

        std::string luaErrors;
        if (!wlctest::TsharkRunsLua(dir, goodPcap, luaErrors))
        {
            std::cerr << "SKIPPED: tshark does not run Lua scripts here: " << luaErrors
                      << std::endl;
            return;
        }

        // -n: no name resolution (MAC vendors, ports). The root warning of tshark goes to
        // stderr, which RunCommand keeps apart.
        const std::string tshark = "tshark -n -X lua_script:" + wlctest::ShellQuote(lua) + " -r ";

        // 1. -T fields: every field of every expectation, in one run.
        std::vector<std::string> names = {"frame.number",
                                          "_ws.expert.message",
                                          "_ws.malformed",
                                          "_ws.lua.error"};
        std::map<std::string, std::size_t> column;
        for (const auto& e : good)
        {
            for (const auto& [name, value] : e.fields)
            {
                if (column.emplace(name, 0).second)
                {
                    names.push_back(name);
                }
            }
        }
        std::string command = tshark + wlctest::ShellQuote(goodPcap) +
                              " -T fields -E separator=/t -E occurrence=a -E aggregator=,";
        for (std::size_t i = 0; i < names.size(); ++i)
        {
            column[names[i]] = i;
            command += " -e " + names[i];
        }
        wlctest::CommandResult fields = wlctest::RunCommand(command);
        WLC_REQUIRE_EQ(fields.exitStatus, 0, "tshark failed: " << command << "\n" << fields.errors);
        std::vector<std::string> lines = Lines(fields.output);
        WLC_REQUIRE_EQ(lines.size(), good.size(), "one line per frame:\n" << fields.output);
        for (std::size_t i = 0; i < good.size(); ++i)
        {
            std::vector<std::string> values = Split(lines[i], '\t');
            if (values.size() != names.size())
            {
                NS_TEST_EXPECT_MSG_EQ(values.size(), names.size(), "columns of " << lines[i]);
                continue;
            }
            const std::string what = "frame " + std::to_string(i + 1) + " (" +
                                     MobilityMessageTypeName(good[i].payload[0]) + ")";
            NS_TEST_EXPECT_MSG_EQ(values[column["_ws.expert.message"]], "", what << " expert");
            NS_TEST_EXPECT_MSG_EQ(values[column["_ws.malformed"]], "", what << " malformed");
            NS_TEST_EXPECT_MSG_EQ(values[column["_ws.lua.error"]], "", what << " Lua error");
            for (const auto& [name, value] : good[i].fields)
            {
                NS_TEST_EXPECT_MSG_EQ(values[column[name]], value, what << " " << name);
            }
        }

        // 2. -V: readable names, the type as "MobileAnnounce (3)", no expert info at all.
        wlctest::CommandResult verbose =
            wlctest::RunCommand(tshark + wlctest::ShellQuote(goodPcap) + " -V");
        WLC_REQUIRE_EQ(verbose.exitStatus, 0, "tshark -V failed: " << verbose.errors);
        for (const char* text : {"Expert Info", "Malformed", "Lua Error", "Dissector bug"})
        {
            NS_TEST_EXPECT_MSG_EQ(verbose.output.find(text),
                                  std::string::npos,
                                  "'" << text << "' in tshark -V output");
        }
        for (const char* text : {"WLC Inter-Controller Mobility Protocol",
                                 "Type: MobileAnnounce (3)",
                                 "Type: MobileHandoff (5)",
                                 "Type: MobileHandoffAck (6)",
                                 "Type: MobileAnchorUpdate (8)",
                                 "Type: MobileAnchorUpdateAck (9)",
                                 "Type: MobileKeepAlive (10)",
                                 "Type: MobileKeepAliveAck (11)",
                                 "Type: MobileClientDelete (12)",
                                 "Type: MobilePmkUpdate (13)",
                                 "Mobile MAC: ab:26:96:3e:4b:ee",
                                 "Group ID: d7f8a4f2cb038b78641818bba26869b4",
                                 "VLAN Netmask: 255.255.255.0",
                                 "Sender Management (Switch) IP: 10.99.82.1",
                                 "Anchor IP: 10.99.80.2",
                                 "PEM State: RUN (20)",
                                 "PEM State: L2AUTHCOMPLETE (4)",
                                 "Code: Handoff Indication (2)",
                                 "Sender Role: Anchor (2)",
                                 "NAC OOB State: Quarantine (1)",
                                 "Authentication Key Management: FT-PSK (3)",
                                 "Encryption Cipher: CCMP (AES) (1)",
                                 "QoS Level: Gold (1)",
                                 "SSID: wlc-test",
                                 "Interface Name: intanchor",
                                 "Connected Since (ns): 22000000001 (22.000000001 s)",
                                 "Supported Rate: 0x8c (6 Mb/s, basic)",
                                 "Client IPv6 Address: 2001:db8::40",
                                 "Status: Refused (1)",
                                 "Member Count: 3"})
        {
            NS_TEST_EXPECT_MSG_NE(verbose.output.find(text),
                                  std::string::npos,
                                  "'" << text << "' missing from tshark -V output");
        }

        // 3. Malformed datagrams: the dissector's expert infos, never a Lua error.
        wlctest::CommandResult badFields =
            wlctest::RunCommand(tshark + wlctest::ShellQuote(badPcap) +
                                " -T fields -E separator=/t -E occurrence=a"
                                " -E aggregator=';' -e frame.number -e wlcmobility.type"
                                " -e _ws.expert.message -e _ws.lua.error");
        WLC_REQUIRE_EQ(badFields.exitStatus, 0, "tshark failed: " << badFields.errors);
        lines = Lines(badFields.output);
        WLC_REQUIRE_EQ(lines.size(), bad.size(), "one line per frame:\n" << badFields.output);
        for (std::size_t i = 0; i < bad.size(); ++i)
        {
            std::vector<std::string> values = Split(lines[i], '\t');
            if (values.size() != 4)
            {
                NS_TEST_EXPECT_MSG_EQ(values.size(), 4u, "columns of " << lines[i]);
                continue;
            }
            NS_TEST_EXPECT_MSG_NE(values[2].find(bad[i].second),
                                  std::string::npos,
                                  "bad frame " << i + 1 << ": expert info '" << values[2]
                                               << "' lacks '" << bad[i].second << "'");
            NS_TEST_EXPECT_MSG_EQ(values[3], "", "bad frame " << i + 1 << ": Lua error");
        }
        // 4. Random corruption (fixed seed): expert infos, but never a Lua error, an exception
        // (malformed packet) or a dissector bug.
        std::mt19937 rng(16666);
        payloads.clear();
        for (int i = 0; i < 400; ++i)
        {
            std::vector<uint8_t> bytes = good[rng() % good.size()].payload;
            for (int f = 1 + static_cast<int>(rng() % 6); f > 0; --f)
            {
                bytes[rng() % bytes.size()] = static_cast<uint8_t>(rng());
            }
            if (rng() % 3 == 0)
            {
                bytes.resize(1 + rng() % bytes.size());
            }
            payloads.push_back(bytes);
        }
        const std::string fuzzPcap = dir + "/fuzz.pcap";
        WritePcap(fuzzPcap, payloads);
        wlctest::CommandResult fuzz =
            wlctest::RunCommand(tshark + wlctest::ShellQuote(fuzzPcap) +
                                " -T fields -e frame.number -e _ws.lua.error"
                                " -e _ws.malformed.expert -e _ws.malformed.dissector_bug");
        WLC_REQUIRE_EQ(fuzz.exitStatus, 0, "tshark failed: " << fuzz.errors);
        lines = Lines(fuzz.output);
        NS_TEST_EXPECT_MSG_EQ(lines.size(), payloads.size(), "one line per fuzzed frame");
        for (const auto& line : lines)
        {
            // frame number, then no Lua error, no exception, no dissector bug
            std::vector<std::string> values = Split(line, '\t');
            NS_TEST_EXPECT_MSG_EQ(
                (values.size() == 4 && values[1].empty() && values[2].empty() && values[3].empty()),
                true,
                "fuzzed frame: " << line);
        }

        wlctest::CommandResult badVerbose =
            wlctest::RunCommand(tshark + wlctest::ShellQuote(badPcap) + " -V");
        NS_TEST_EXPECT_MSG_EQ(badVerbose.output.find("Lua Error"),
                              std::string::npos,
                              "Lua error on a malformed datagram");
        NS_TEST_EXPECT_MSG_NE(badVerbose.output.find("Error/Malformed"),
                              std::string::npos,
                              "malformed expert infos in -V output");
    }
};

/// The suite.
class MobilityDissectorTestSuite : public TestSuite
{
  public:
    MobilityDissectorTestSuite()
        : TestSuite("wlc-mobility-dissector", WLC_TEST_SYSTEM)
    {
        AddTestCase(new MobilityDissectorTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
MobilityDissectorTestSuite g_mobilityDissectorTestSuite;

} // namespace
} // namespace ns3
