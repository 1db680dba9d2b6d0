/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * Robustness system tests: garbage on the CAPWAP ports of the controller and of an AP, from a
 * rogue host of the management VLAN and spoofed from the session's own addresses, and malformed
 * DHCP and ARP broadcasts on the client VLAN. Every packet must be dropped and counted once,
 * with its reason, at the component it was sent to, while the real sessions and the client's
 * traffic go on undisturbed. The 802.11r inputs are in ft-malformed-input-test-suite.cc.
 *
 * The packets are written byte by byte from RFC 5415 §4.1-4.6 (CAPWAP preamble, header, control
 * header, message elements, keep-alive), IEEE 802.11 §9.2-9.3 (MAC header, tunnelled with its
 * Frame Control byte-swapped as Cisco APs send it), RFC 2131 (BOOTP/DHCP) and RFC 826 (ARP).
 */

#include "wlc-malformed-input-fixture.h"
#include "wlc-system-test-fixture.h"
#include "wlc-test-util.h"

#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <functional>
#include <random>
#include <sstream>

using namespace ns3;
using namespace ns3::wlctest;
using namespace ns3::wlctest::malformed;

namespace
{

// --- CAPWAP (RFC 5415 §4.1, §4.3): preamble 0x00, then HLEN(5) RID(5) WBID(5) T F L W M K
// Flags(3), Fragment ID, Fragment Offset. HLEN 2 = the 8-byte header; WBID 1 = IEEE 802.11.
// The data header of a native IEEE 802.11 frame, DATA80211_HEADER, is in the fixture.

/// Control header: HLEN 2, RID 0, WBID 1, no flags.
const ByteString CONTROL_HEADER = {0x00, 0x10, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00};
/// Data header of an IEEE 802.3 frame: HLEN 2, RID 1, WBID 1, T clear.
const ByteString DATA8023_HEADER = {0x00, 0x10, 0x42, 0x00, 0x00, 0x00, 0x00, 0x00};
/// Data header of a keep-alive: HLEN 2, WBID 1, K set.
const ByteString KEEPALIVE_HEADER = {0x00, 0x10, 0x02, 0x08, 0x00, 0x00, 0x00, 0x00};

/**
 * \param type message type \param seq sequence number \param elements the elements' bytes
 * \param lengthDelta added to the correct Msg Element Length (to corrupt it)
 * \return a control message: header, Message Type, Seq Num, Msg Element Length (the bytes after
 * the Seq Num: itself, Flags and the elements), Flags, elements
 */
ByteString
ControlMessage(uint32_t type, uint8_t seq, const ByteString& elements, int lengthDelta = 0)
{
    uint16_t length = static_cast<uint16_t>(3 + elements.size() + lengthDelta);
    return ConcatBytes(
        {CONTROL_HEADER,
         {uint8_t(type >> 24), uint8_t(type >> 16), uint8_t(type >> 8), uint8_t(type)},
         {seq, uint8_t(length >> 8), uint8_t(length), 0x00},
         elements});
}

/// \param type element type \param length the Length field \param value the value's bytes
/// \return a message element (Type 16 bits, Length 16 bits, value)
ByteString
Element(uint16_t type, uint16_t length, const ByteString& value)
{
    return ConcatBytes(
        {{uint8_t(type >> 8), uint8_t(type), uint8_t(length >> 8), uint8_t(length)}, value});
}

/// Message types used below.
constexpr uint32_t ECHO_REQUEST = 13;
/// Echo Response.
constexpr uint32_t ECHO_RESPONSE = 14;
/// Vendor Specific Payload element.
constexpr uint16_t VENDOR_SPECIFIC = 37;
/// Session ID element.
constexpr uint16_t SESSION_ID = 35;

/**
 * A Data Channel Keep-Alive (RFC 5415 §4.4.1): the header with K set, Message Element Length
 * (the bytes after the CAPWAP header, itself included), then a Session ID element.
 * \param session the Session ID element's value (16 bytes when valid)
 * \return the packet
 */
ByteString
KeepAlive(const ByteString& session)
{
    ByteString element = Element(SESSION_ID, static_cast<uint16_t>(session.size()), session);
    uint16_t length = static_cast<uint16_t>(2 + element.size());
    return ConcatBytes({KEEPALIVE_HEADER, {uint8_t(length >> 8), uint8_t(length)}, element});
}

/**
 * Garbage for any CAPWAP port: every way the preamble, the header or the control header can be
 * wrong.
 * \return (name, bytes) pairs
 */
std::vector<std::pair<std::string, ByteString>>
HeaderGarbage()
{
    ByteString echoBody = {0x00, 0x00, 0x00, 0x0d, 0x01, 0x00, 0x03, 0x00};
    return {
        {"empty datagram", {}},
        {"one byte", {0x00}},
        {"truncated header (3 bytes)", {0x00, 0x10, 0x02}},
        {"truncated header (7 bytes)", {0x00, 0x10, 0x02, 0x00, 0x00, 0x00, 0x00}},
        {"wrong version 1",
         ConcatBytes({{0x10, 0x10, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00}, echoBody})},
        {"wrong version 15",
         ConcatBytes({{0xf0, 0x10, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00}, echoBody})},
        {"DTLS preamble",
         // preamble type 1, 3 reserved bytes, then a DTLS 1.2 handshake record header
         {0x01, 0x00, 0x00, 0x00, 0x16, 0xfe, 0xfd, 0x00, 0x00, 0x00, 0x00,
          0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x01, 0x00, 0x00, 0x0c}},
        {"unknown preamble type 2",
         ConcatBytes({{0x02, 0x10, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00}, echoBody})},
        {"HLEN 31 beyond the packet",
         ConcatBytes({{0x00, 0xf8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00}, echoBody})},
        {"HLEN 1", ConcatBytes({{0x00, 0x08, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00}, echoBody})},
        {"HLEN 0", ConcatBytes({{0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00}, echoBody})},
        {"M bit, Radio MAC length 32 overruns HLEN 3",
         ConcatBytes(
             {{0x00, 0x18, 0x02, 0x10, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00}, echoBody})},
        {"M bit, no room for the Radio MAC",
         ConcatBytes({{0x00, 0x10, 0x02, 0x10, 0x00, 0x00, 0x00, 0x00}, echoBody})},
        {"W bit, Wireless Specific Information length 0",
         ConcatBytes(
             {{0x00, 0x18, 0x02, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00}, echoBody})},
        {"W bit, Wireless Specific Information overruns HLEN 3",
         ConcatBytes(
             {{0x00, 0x18, 0x02, 0x20, 0x00, 0x00, 0x00, 0x00, 0x09, 0x01, 0x02, 0x03}, echoBody})},
        {"header only (8 bytes)", CONTROL_HEADER},
    };
}

/// \return garbage that only a control channel rejects
std::vector<std::pair<std::string, ByteString>>
ControlGarbage()
{
    auto garbage = HeaderGarbage();
    // an empty Echo Request after its CAPWAP header
    const ByteString echo = ControlMessage(ECHO_REQUEST, 1, {});
    const ByteString echoBody(echo.begin() + CONTROL_HEADER.size(), echo.end());
    std::vector<std::pair<std::string, ByteString>> more = {
        {"control header truncated (5 bytes)",
         ConcatBytes({CONTROL_HEADER, {0x00, 0x00, 0x00, 0x0d, 0x01}})},
        {"Msg Element Length 256, nothing follows", ControlMessage(ECHO_REQUEST, 1, {}, 253)},
        {"Msg Element Length 0", ControlMessage(ECHO_REQUEST, 1, {}, -3)},
        {"Msg Element Length 2", ControlMessage(ECHO_REQUEST, 1, {}, -1)},
        {"trailing bytes after the elements",
         ConcatBytes({ControlMessage(ECHO_REQUEST, 1, {}), {0xde, 0xad}})},
        {"element Length 50 with 4 bytes",
         ControlMessage(ECHO_REQUEST, 1, Element(VENDOR_SPECIFIC, 50, {0xde, 0xad, 0xbe, 0xef}))},
        {"element header truncated", ControlMessage(ECHO_REQUEST, 1, {0x00, 0x25})},
        {"T bit on a control message",
         ConcatBytes({{0x00, 0x10, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00}, echoBody})},
        {"K bit on a control message",
         ConcatBytes({{0x00, 0x10, 0x02, 0x08, 0x00, 0x00, 0x00, 0x00}, echoBody})},
        {"fragment (F bit)",
         ConcatBytes({{0x00, 0x10, 0x02, 0x80, 0x12, 0x34, 0x00, 0x00}, echoBody})},
        {"second element overruns the message",
         ControlMessage(ECHO_REQUEST,
                        1,
                        ConcatBytes({Element(VENDOR_SPECIFIC, 4, {0x00, 0x00, 0x00, 0x09}),
                                     Element(VENDOR_SPECIFIC, 9, {0x00, 0x00})}))},
    };
    garbage.insert(garbage.end(), more.begin(), more.end());
    return garbage;
}

/// \return garbage that only a data channel rejects (CAPWAP level)
std::vector<std::pair<std::string, ByteString>>
DataGarbage()
{
    auto garbage = HeaderGarbage();
    std::vector<std::pair<std::string, ByteString>> more = {
        {"802.11 data message without a frame", DATA80211_HEADER},
        {"keep-alive Msg Element Length 0", ConcatBytes({KEEPALIVE_HEADER, {0x00, 0x00}})},
        {"keep-alive without elements", ConcatBytes({KEEPALIVE_HEADER, {0x00, 0x02}})},
        {"keep-alive Msg Element Length truncated", ConcatBytes({KEEPALIVE_HEADER, {0x00}})},
        {"keep-alive Msg Element Length 200",
         ConcatBytes({KEEPALIVE_HEADER, {0x00, 0xc8}, Element(SESSION_ID, 16, Fill(16, 0x11))})},
        {"keep-alive with a Session ID of 4 bytes", KeepAlive(Fill(4, 0x11))},
        {"keep-alive with the T bit",
         ConcatBytes({{0x00, 0x10, 0x03, 0x08, 0x00, 0x00, 0x00, 0x00},
                      {0x00, 0x16},
                      Element(SESSION_ID, 16, Fill(16, 0x11))})},
        {"fragmented 802.11 data (F bit)",
         ConcatBytes({{0x00, 0x10, 0x43, 0x80, 0x12, 0x34, 0x00, 0x00}, Fill(30, 0x08)})},
        {"native frame of wireless binding 3",
         ConcatBytes({{0x00, 0x10, 0x47, 0x00, 0x00, 0x00, 0x00, 0x00}, Fill(30, 0x08)})},
    };
    garbage.insert(garbage.end(), more.begin(), more.end());
    return garbage;
}

/// LLC/SNAP header of an IPv4 MSDU.
const ByteString LLC_IPV4 = {0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00, 0x08, 0x00};

/**
 * An 802.11 data frame as tunnelled (Frame Control byte-swapped).
 * \param toDs To DS (uplink) or From DS (downlink)
 * \param a1 Address 1 \param a2 Address 2 \param a3 Address 3 \param body after the header
 * \return the frame
 */
ByteString
DataFrame(bool toDs, Mac48Address a1, Mac48Address a2, Mac48Address a3, const ByteString& body)
{
    // Frame Control 0x08 (type data, subtype 0) then flags 0x01 (To DS) or 0x02 (From DS),
    // sent flags first
    return ConcatBytes({{uint8_t(toDs ? 0x01 : 0x02), 0x08, 0x00, 0x00},
                        MacBytes(a1),
                        MacBytes(a2),
                        MacBytes(a3),
                        {0x10, 0x00},
                        body});
}

/// One injected packet and where it must be dropped.
struct Injection
{
    std::string name;                  //!< what it is
    Time at;                           //!< when it was sent
    Target target;                     //!< where it must be dropped
    std::vector<std::string> accepted; //!< accepted reason prefixes
    std::function<void()> send;        //!< sends it
};

/**
 * Garbage to every CAPWAP port of WLC1 and AP001, and malformed DHCP/ARP on the client VLAN.
 */
class MalformedInputTestCase : public TestCase
{
  public:
    MalformedInputTestCase()
        : TestCase("garbage on the CAPWAP ports and the client VLAN: dropped, counted, harmless")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario scenario(StayingClientConfig());
        scenario.Build();
        Ptr<WirelessLanController> wlc = scenario.GetController(0);
        Ptr<CapwapAc> ac = wlc->GetAccessController();
        Ptr<CapwapWtp> wtp = scenario.GetWtp(0);
        Ptr<WlcDataPlane> dataPlane = wlc->GetDataPlane();
        const Mac48Address client = scenario.GetClientMac(0);
        const Mac48Address rogueMac("02:00:00:00:66:01");
        const Ipv4Address rogueIp("10.99.80.66");
        WireTap rogue(VlanChannel(wlc, "management"), rogueMac);
        rogue.AddAddress(rogueIp, Ipv4Mask("255.255.255.0"), Ipv4Address("10.99.80.254"));
        WireTap rogue81(VlanChannel(wlc, "intanchor"), Mac48Address("02:00:00:00:66:02"));
        const Mac48Address wlcMac =
            Mac48Address::ConvertFrom(wlc->GetInterface("management")->port->GetAddress());
        const Ipv4Address ap1Ip("10.99.80.11");
        const Mac48Address ap1Mac("aa:22:bd:98:3a:30");
        const Mac48Address ap1Bssid("00:22:bd:98:3a:38");

        // --- what happens
        std::vector<DropSeen> drops;
        WatchDrops(ac, Target::AC, drops);
        WatchDrops(wtp, Target::WTP, drops);
        WatchDrops(dataPlane, Target::DATA_PLANE, drops);
        std::vector<std::string> disturbances;
        for (uint32_t i = 0; i < scenario.GetNAps(); ++i)
        {
            scenario.GetWtp(i)->TraceConnectWithoutContext(
                "StateChanged",
                Callback<void, CapwapWtp::State, CapwapWtp::State>(
                    [&disturbances, i](CapwapWtp::State from, CapwapWtp::State to) {
                        if (Simulator::Now() > Seconds(15))
                        {
                            disturbances.push_back("AP index " + std::to_string(i) + " " +
                                                   CapwapWtp::StateName(from) + " -> " +
                                                   CapwapWtp::StateName(to));
                        }
                    }));
        }
        wlc->TraceConnectWithoutContext(
            "ApLost",
            Callback<void, const std::string&, const std::string&>(
                [&disturbances](const std::string& name, const std::string& reason) {
                    disturbances.push_back("ApLost " + name + ": " + reason);
                }));
        wlc->TraceConnectWithoutContext(
            "ClientRemoved",
            Callback<void, Mac48Address, const std::string&>(
                [&disturbances](Mac48Address mac, const std::string& reason) {
                    std::ostringstream os;
                    os << "ClientRemoved " << mac << ": " << reason;
                    disturbances.push_back(os.str());
                }));
        wlc->TraceConnectWithoutContext(
            "PemStateChanged",
            Callback<void, Mac48Address, PemState, PemState>(
                [&disturbances](Mac48Address mac, PemState, PemState to) {
                    if (Simulator::Now() > Seconds(15))
                    {
                        std::ostringstream os;
                        os << "PEM of " << mac << " -> " << PemStateName(to);
                        disturbances.push_back(os.str());
                    }
                }));
        TxCounter downSent;
        downSent.Watch(scenario.GetServer(), DOWNLINK_PORT);
        TxCounter upSent;
        upSent.Watch(scenario.GetClient(0), UPLINK_PORT);

        // --- the injections, set up once AP001's ports are known
        std::vector<Injection> injections;
        std::map<Target, uint64_t> dropsBefore;
        ApEntry ap1Before;
        uint64_t downAt20 = 0;
        uint64_t upAt20 = 0;
        Ptr<Socket> rogueSocket;
        Simulator::Schedule(Seconds(19), [&]() {
            const ApEntry* ap1 = wlc->GetAps().FindByName("AP001");
            if (!ap1 || ap1->dataPort == 0)
            {
                return; // AP001 has not joined by 19 s: no injections
            }
            ap1Before = *ap1;
            dropsBefore[Target::AC] = TotalDrops(ac->GetDrops());
            dropsBefore[Target::WTP] = TotalDrops(wtp->GetDrops());
            dropsBefore[Target::DATA_PLANE] = TotalDrops(dataPlane->GetDrops());
            downAt20 = scenario.GetDownlinkReceived(0);
            upAt20 = scenario.GetUplinkReceived(0);
            rogueSocket = Socket::CreateSocket(rogue.GetNode(), UdpSocketFactory::GetTypeId());
            rogueSocket->Bind();
            uint16_t ap1Control = ap1->controlPort;
            uint16_t ap1Data = ap1->dataPort;

            auto fromRogue = [&rogueSocket](Ipv4Address to, uint16_t port, ByteString bytes) {
                return [&rogueSocket, to, port, bytes]() {
                    rogueSocket->SendTo(Create<Packet>(bytes.data(), bytes.size()),
                                        0,
                                        InetSocketAddress(to, port));
                };
            };
            auto spoofed = [&rogue, rogueMac](Mac48Address toMac,
                                              Ipv4Address from,
                                              uint16_t fromPort,
                                              Ipv4Address to,
                                              uint16_t toPort,
                                              ByteString bytes) {
                return SpoofedDatagram(rogue, rogueMac, toMac, from, fromPort, to, toPort, bytes);
            };
            auto add = [&injections](const std::string& name,
                                     Target target,
                                     std::vector<std::string> accepted,
                                     std::function<void()> send) {
                injections.push_back({name, Seconds(0), target, accepted, send});
            };
            const std::string malformedControl = "malformed control message: ";
            const std::string malformedData = "malformed data channel packet: ";

            // 1. the controller's control port
            for (const auto& [name, bytes] : ControlGarbage())
            {
                add("AC control from the rogue: " + name,
                    Target::AC,
                    {malformedControl, "control message from an AP that has not joined"},
                    fromRogue(WLC1_ADDRESS, capwap::CONTROL_PORT, bytes));
                add("AC control spoofed from AP001: " + name,
                    Target::AC,
                    {malformedControl},
                    spoofed(wlcMac, ap1Ip, ap1Control, WLC1_ADDRESS, capwap::CONTROL_PORT, bytes));
            }
            add("AC control from the rogue: Echo Request of 9000 bytes (IP fragments)",
                Target::AC,
                {"control message from an AP that has not joined"},
                fromRogue(WLC1_ADDRESS,
                          capwap::CONTROL_PORT,
                          ControlMessage(ECHO_REQUEST,
                                         1,
                                         Element(VENDOR_SPECIFIC, 9000, Fill(9000, 0x5a)))));
            add("AC control from the rogue: well-formed Echo Request",
                Target::AC,
                {"control message from an AP that has not joined"},
                fromRogue(WLC1_ADDRESS, capwap::CONTROL_PORT, ControlMessage(ECHO_REQUEST, 1, {})));
            add("AC control spoofed from AP001: Echo Response to no request",
                Target::AC,
                {"response that matches no outstanding request"},
                spoofed(wlcMac,
                        ap1Ip,
                        ap1Control,
                        WLC1_ADDRESS,
                        capwap::CONTROL_PORT,
                        ControlMessage(ECHO_RESPONSE, 0xee, {})));

            // 2. the controller's data port
            const Mac48Address stranger("02:11:22:33:44:55");
            std::vector<std::tuple<std::string, ByteString, Target, std::vector<std::string>>>
                frames = {
                    {"802.11 frame of 1 byte",
                     ConcatBytes({DATA80211_HEADER, {0x08}}),
                     Target::AC,
                     {"tunnelled frame too short"}},
                    {"802.11 data frame cut in Address 2",
                     ConcatBytes(
                         {DATA80211_HEADER, {0x01, 0x08, 0x00, 0x00}, MacBytes(ap1Bssid), {0x02}}),
                     Target::AC,
                     {"tunnelled frame not valid: "}},
                    {"802.11 data frame without LLC/SNAP",
                     ConcatBytes({DATA80211_HEADER,
                                  DataFrame(true, ap1Bssid, client, stranger, {0x45, 0x00})}),
                     Target::AC,
                     {"tunnelled frame not valid: "}},
                    {"802.11 control frame (ACK)",
                     ConcatBytes({DATA80211_HEADER, {0x00, 0xd4, 0x00, 0x00}, MacBytes(ap1Bssid)}),
                     Target::AC,
                     {"tunnelled frame not valid: ", "tunnelled frame too short"}},
                    {"802.11 Association Request cut after 10 bytes",
                     ConcatBytes({DATA80211_HEADER, {0x00, 0x00, 0x00, 0x00}, MacBytes(ap1Bssid)}),
                     Target::AC,
                     {"tunnelled management frame not understood: "}},
                    {"802.11 Association Request with garbage elements",
                     ConcatBytes({DATA80211_HEADER,
                                  {0x00, 0x00, 0x00, 0x00},
                                  MacBytes(ap1Bssid),
                                  MacBytes(stranger),
                                  MacBytes(ap1Bssid),
                                  {0x10, 0x00, 0x01, 0x00, 0x0a, 0x00},
                                  {0x00, 0x20, 'C', 'O'}}),
                     Target::AC,
                     {"tunnelled management frame not understood: "}},
                    {"802.11 data frame to another BSS",
                     ConcatBytes({DATA80211_HEADER,
                                  DataFrame(true,
                                            Mac48Address("02:99:99:99:99:99"),
                                            client,
                                            stranger,
                                            ConcatBytes({LLC_IPV4, Fill(28, 0x45)}))}),
                     Target::AC,
                     {"tunnelled data frame not addressed to the AP's BSS"}},
                    {"802.11 data frame From DS (downlink direction)",
                     ConcatBytes({DATA80211_HEADER,
                                  DataFrame(false,
                                            client,
                                            ap1Bssid,
                                            stranger,
                                            ConcatBytes({LLC_IPV4, Fill(28, 0x45)}))}),
                     Target::AC,
                     {"tunnelled data frame not addressed to the AP's BSS"}},
                    {"802.11 data frame from a station nobody added",
                     ConcatBytes({DATA80211_HEADER,
                                  DataFrame(true,
                                            ap1Bssid,
                                            stranger,
                                            client,
                                            ConcatBytes({LLC_IPV4, Fill(28, 0x45)}))}),
                     Target::DATA_PLANE,
                     {"frame from an unknown client"}},
                    {"802.3 frame (T bit clear)",
                     ConcatBytes({DATA8023_HEADER,
                                  MacBytes(client),
                                  MacBytes(stranger),
                                  {0x08, 0x00},
                                  Fill(28, 0x45)}),
                     Target::AC,
                     {"data channel frame is not in IEEE 802.11 format"}},
                    {"keep-alive with another Session ID",
                     KeepAlive(Fill(16, 0xa5)),
                     Target::AC,
                     {"keep-alive with another Session ID"}},
                    {"802.11 FT Authentication Request on a WLAN without 802.11r",
                     ConcatBytes({DATA80211_HEADER,
                                  MgmtFrame(11, ap1Bssid, stranger, ap1Bssid, AuthBody(2, 1, 0))}),
                     Target::AC,
                     {"tunnelled Authentication frame dropped: the WLAN has no 802.11r Fast "
                      "Transition"}},
                    {"802.11 Authentication frame to another BSS",
                     ConcatBytes({DATA80211_HEADER,
                                  MgmtFrame(11,
                                            Mac48Address("02:99:99:99:99:99"),
                                            stranger,
                                            ap1Bssid,
                                            AuthBody(2, 1, 0))}),
                     Target::AC,
                     {"tunnelled Authentication frame not valid for the AP's BSS: "}},
                    {"802.11 Authentication frame cut in its MAC header",
                     ConcatBytes({DATA80211_HEADER,
                                  ByteString{0x00, 0xb0, 0x00, 0x00},
                                  MacBytes(ap1Bssid),
                                  MacBytes(stranger)}),
                     Target::AC,
                     {"tunnelled Authentication frame not valid for the AP's BSS: "}},
                };
            for (const auto& [name, bytes] : DataGarbage())
            {
                add("AC data from the rogue: " + name,
                    Target::AC,
                    {"data channel packet from an AP that has not joined"},
                    fromRogue(WLC1_ADDRESS, capwap::DATA_PORT, bytes));
                add("AC data spoofed from AP001: " + name,
                    Target::AC,
                    {malformedData, "keep-alive without a valid Session ID: "},
                    spoofed(wlcMac, ap1Ip, ap1Data, WLC1_ADDRESS, capwap::DATA_PORT, bytes));
            }
            for (const auto& [name, bytes, target, accepted] : frames)
            {
                add("AC data from the rogue: " + name,
                    Target::AC,
                    {"data channel packet from an AP that has not joined"},
                    fromRogue(WLC1_ADDRESS, capwap::DATA_PORT, bytes));
                add("AC data spoofed from AP001: " + name,
                    target,
                    accepted,
                    spoofed(wlcMac, ap1Ip, ap1Data, WLC1_ADDRESS, capwap::DATA_PORT, bytes));
            }
            add("AC data spoofed from AP001's address, another port: 802.11 data frame",
                Target::AC,
                {"frame from an AP whose data channel is not up"},
                spoofed(wlcMac,
                        ap1Ip,
                        static_cast<uint16_t>(ap1Data + 1),
                        WLC1_ADDRESS,
                        capwap::DATA_PORT,
                        ConcatBytes({DATA80211_HEADER,
                                     DataFrame(true,
                                               ap1Bssid,
                                               client,
                                               stranger,
                                               ConcatBytes({LLC_IPV4, Fill(28, 0x45)}))})));
            add("AC data from the rogue: 8000 bytes of 0xff (IP fragments)",
                Target::AC,
                {"data channel packet from an AP that has not joined"},
                fromRogue(WLC1_ADDRESS, capwap::DATA_PORT, Fill(8000, 0xff)));
            add("AC data spoofed from AP001: 1400-byte 802.11 frame of zeros",
                Target::AC,
                {"tunnelled frame not valid: ", "tunnelled management frame not understood: "},
                spoofed(wlcMac,
                        ap1Ip,
                        ap1Data,
                        WLC1_ADDRESS,
                        capwap::DATA_PORT,
                        ConcatBytes({DATA80211_HEADER, Fill(1400, 0x00)})));

            // 3. AP001's control and data ports
            for (const auto& [name, bytes] : ControlGarbage())
            {
                add("AP001 control from the rogue: " + name,
                    Target::WTP,
                    {malformedControl, "control message from a controller we have no session with"},
                    fromRogue(ap1Ip, ap1Control, bytes));
                add("AP001 control spoofed from WLC1: " + name,
                    Target::WTP,
                    {malformedControl},
                    spoofed(ap1Mac, WLC1_ADDRESS, capwap::CONTROL_PORT, ap1Ip, ap1Control, bytes));
            }
            add("AP001 control spoofed from WLC1: Echo Response to no request",
                Target::WTP,
                {"response that matches no outstanding request"},
                spoofed(ap1Mac,
                        WLC1_ADDRESS,
                        capwap::CONTROL_PORT,
                        ap1Ip,
                        ap1Control,
                        ControlMessage(ECHO_RESPONSE, 0xee, {})));
            add("AP001 control from the rogue: Echo Request of 9000 bytes (IP fragments)",
                Target::WTP,
                {"control message from a controller we have no session with"},
                fromRogue(ap1Ip,
                          ap1Control,
                          ControlMessage(ECHO_REQUEST,
                                         1,
                                         Element(VENDOR_SPECIFIC, 9000, Fill(9000, 0x5a)))));
            std::vector<std::pair<std::string, ByteString>> downlink = {
                {"802.11 frame of 1 byte", ConcatBytes({DATA80211_HEADER, {0x08}})},
                {"802.11 data frame cut in Address 2",
                 ConcatBytes(
                     {DATA80211_HEADER, {0x02, 0x08, 0x00, 0x00}, MacBytes(client), {0x02}})},
                {"802.11 data frame without LLC/SNAP",
                 ConcatBytes(
                     {DATA80211_HEADER, DataFrame(false, client, ap1Bssid, stranger, {0x45})})},
                {"802.11 Association Request", ConcatBytes({DATA80211_HEADER, Fill(40, 0x00)})},
            };
            for (const auto& [name, bytes] : DataGarbage())
            {
                if (name.rfind("keep-alive", 0) == 0)
                {
                    continue; // keep-alives to the WTP: see the next test case
                }
                add("AP001 data from the rogue: " + name,
                    Target::WTP,
                    {"data channel packet from a controller we have no session with"},
                    fromRogue(ap1Ip, ap1Data, bytes));
                add("AP001 data spoofed from WLC1: " + name,
                    Target::WTP,
                    {malformedData},
                    spoofed(ap1Mac, WLC1_ADDRESS, capwap::DATA_PORT, ap1Ip, ap1Data, bytes));
            }
            for (const auto& [name, bytes] : downlink)
            {
                // a management frame from the controller (802.11r) must name the AP's BSS
                bool management = name.find("Association Request") != std::string::npos;
                add("AP001 data spoofed from WLC1: " + name,
                    Target::WTP,
                    {management ? "tunnelled management frame not from this BSS to a station"
                                : "tunnelled frame is not a valid 802.11 data frame: "},
                    spoofed(ap1Mac, WLC1_ADDRESS, capwap::DATA_PORT, ap1Ip, ap1Data, bytes));
            }
            add("AP001 data spoofed from WLC1: 802.11 data frame to a station nobody added",
                Target::WTP,
                {"frame for a station the controller did not add"},
                spoofed(ap1Mac,
                        WLC1_ADDRESS,
                        capwap::DATA_PORT,
                        ap1Ip,
                        ap1Data,
                        ConcatBytes({DATA80211_HEADER,
                                     DataFrame(false,
                                               stranger,
                                               ap1Bssid,
                                               client,
                                               ConcatBytes({LLC_IPV4, Fill(28, 0x45)}))})));

            // 4. random datagrams to the four ports (fixed seed)
            std::mt19937 random(5415);
            for (uint32_t n = 0; n < 25; ++n)
            {
                for (int port = 0; port < 4; ++port)
                {
                    ByteString bytes(random() % 300);
                    for (auto& b : bytes)
                    {
                        b = static_cast<uint8_t>(random());
                    }
                    std::string name =
                        "random " + std::to_string(bytes.size()) + " bytes #" + std::to_string(n);
                    switch (port)
                    {
                    case 0:
                        add("AC control from the rogue: " + name,
                            Target::AC,
                            {malformedControl, "control message from an AP that has not joined"},
                            fromRogue(WLC1_ADDRESS, capwap::CONTROL_PORT, bytes));
                        break;
                    case 1:
                        add("AC data from the rogue: " + name,
                            Target::AC,
                            {"data channel packet from an AP that has not joined"},
                            fromRogue(WLC1_ADDRESS, capwap::DATA_PORT, bytes));
                        break;
                    case 2:
                        add("AP001 control from the rogue: " + name,
                            Target::WTP,
                            {malformedControl,
                             "control message from a controller we have no session with"},
                            fromRogue(ap1Ip, ap1Control, bytes));
                        break;
                    default:
                        add("AP001 data from the rogue: " + name,
                            Target::WTP,
                            {"data channel packet from a controller we have no session with"},
                            fromRogue(ap1Ip, ap1Data, bytes));
                        break;
                    }
                }
            }

            // 5. malformed DHCP and ARP broadcasts on the client VLAN
            const Ipv4Address fakeServer("10.99.81.253");
            const Mac48Address fakeServerMac("02:00:00:00:66:03");
            auto bootp = [client](uint8_t op, uint8_t hlen) {
                ByteWriter w;
                w.WriteU8(op);
                w.WriteU8(1);
                w.WriteU8(hlen);
                w.WriteU8(0);
                w.WriteU32(0x12345678);
                w.WriteFill(0, 4);
                w.WriteIpv4(Ipv4Address("0.0.0.0"));
                w.WriteIpv4(Ipv4Address("10.99.81.77"));
                w.WriteIpv4(Ipv4Address("10.99.81.253"));
                w.WriteIpv4(Ipv4Address("0.0.0.0"));
                w.WriteMac(client);
                w.WriteFill(0, 10 + 64 + 128);
                return w.GetBytes();
            };
            const ByteString cookie = {0x63, 0x82, 0x53, 0x63};
            const ByteString ack = {53, 1, 5};
            const ByteString end = {255};
            const ByteString reply = bootp(2, 6);
            std::vector<std::pair<std::string, ByteString>> dhcp = {
                {"BOOTP body of 40 bytes", ByteString(reply.begin(), reply.begin() + 40)},
                {"BOOTP without the magic cookie", ConcatBytes({bootp(2, 6), Fill(8, 0)})},
                {"option 53 of length 200 overruns the packet",
                 ConcatBytes({bootp(2, 6), cookie, {53, 200, 5}})},
                {"options not terminated", ConcatBytes({bootp(2, 6), cookie, ack})},
                {"option without its length", ConcatBytes({bootp(2, 6), cookie, ack, {51}})},
                {"option 53 of length 2", ConcatBytes({bootp(2, 6), cookie, {53, 2, 5, 5}, end})},
                {"op 1 (request) from port 67", ConcatBytes({bootp(1, 6), cookie, ack, end})},
                {"hardware address length 20", ConcatBytes({bootp(2, 20), cookie, ack, end})},
            };
            for (const auto& [name, bytes] : dhcp)
            {
                ByteString ip =
                    BuildIpv4Udp(fakeServer, Ipv4Address("255.255.255.255"), 67, 68, bytes);
                add("DHCP broadcast on VLAN 81: " + name,
                    Target::DATA_PLANE,
                    {"malformed DHCP message from the wire: "},
                    [&rogue81, fakeServerMac, ip]() {
                        rogue81.Inject(fakeServerMac,
                                       Mac48Address::GetBroadcast(),
                                       ETHERTYPE_IPV4,
                                       ip);
                    });
            }
            {
                ByteString ip = BuildIpv4Udp(fakeServer,
                                             Ipv4Address("255.255.255.255"),
                                             67,
                                             68,
                                             ConcatBytes({bootp(2, 6), cookie, ack, end}));
                ip[10] ^= 0xff; // corrupt the IPv4 header checksum
                add("DHCP broadcast on VLAN 81: bad IPv4 header checksum",
                    Target::DATA_PLANE,
                    {"malformed DHCP message from the wire: "},
                    [&rogue81, fakeServerMac, ip]() {
                        rogue81.Inject(fakeServerMac,
                                       Mac48Address::GetBroadcast(),
                                       ETHERTYPE_IPV4,
                                       ip);
                    });
            }
            auto arp = [](uint16_t htype,
                          uint16_t ptype,
                          uint8_t hlen,
                          uint8_t plen,
                          uint16_t op,
                          Mac48Address sender) {
                ByteWriter w;
                w.WriteU16(htype);
                w.WriteU16(ptype);
                w.WriteU8(hlen);
                w.WriteU8(plen);
                w.WriteU16(op);
                w.WriteMac(sender);
                w.WriteIpv4(Ipv4Address("10.99.81.253"));
                w.WriteFill(0, 6);
                w.WriteIpv4(Ipv4Address("10.99.81.40"));
                return w.GetBytes();
            };
            std::vector<std::pair<std::string, ByteString>> arps = {
                {"hardware type 6", arp(6, 0x0800, 6, 4, 1, fakeServerMac)},
                {"protocol type IPv6", arp(1, 0x86dd, 6, 4, 1, fakeServerMac)},
                {"protocol length 16", arp(1, 0x0800, 6, 16, 1, fakeServerMac)},
                {"operation 7", arp(1, 0x0800, 6, 4, 7, fakeServerMac)},
                {"group sender address",
                 arp(1, 0x0800, 6, 4, 1, Mac48Address("03:00:00:00:00:01"))},
            };
            for (const auto& [name, bytes] : arps)
            {
                add("ARP broadcast on VLAN 81: " + name,
                    Target::DATA_PLANE,
                    {"malformed ARP: "},
                    [&rogue81, fakeServerMac, bytes = bytes]() {
                        rogue81.Inject(fakeServerMac,
                                       Mac48Address::GetBroadcast(),
                                       ETHERTYPE_ARP,
                                       bytes);
                    });
            }

            // one injection per slot from 20 s on
            for (std::size_t k = 0; k < injections.size(); ++k)
            {
                injections[k].at = Seconds(20) + MilliSeconds(SLOT_MS) * k;
                Simulator::Schedule(injections[k].at - Simulator::Now(), injections[k].send);
            }
        });
        const Time end = Seconds(45);
        Simulator::Stop(end);
        Simulator::Run();

        NS_TEST_ASSERT_MSG_GT(injections.size(), 300, "injections (had AP001 joined by 19 s?)");
        if (injections.size() <= 300)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_ASSERT_MSG_LT(injections.back().at + Seconds(5), end, "injections end too late");
        if (injections.back().at + Seconds(5) >= end)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        // --- every injection: exactly one drop, at its target, with an accepted reason
        std::ostringstream failures;
        uint32_t failed = 0;
        std::map<Target, uint64_t> expectedDrops;
        for (const Injection& inj : injections)
        {
            expectedDrops[inj.target]++;
            std::vector<const DropSeen*> seen;
            for (const DropSeen& d : drops)
            {
                if (d.time >= inj.at && d.time < inj.at + MilliSeconds(SLOT_MS))
                {
                    seen.push_back(&d);
                }
            }
            bool ok = seen.size() == 1 && seen[0]->target == inj.target;
            if (ok)
            {
                ok = false;
                for (const auto& prefix : inj.accepted)
                {
                    ok |= seen[0]->reason.compare(0, prefix.size(), prefix) == 0;
                }
            }
            if (!ok)
            {
                ++failed;
                failures << "\n  " << inj.name << " (expected a drop at " << TargetName(inj.target)
                         << ") -> ";
                if (seen.empty())
                {
                    failures << "no drop";
                }
                for (const DropSeen* d : seen)
                {
                    failures << "[" << TargetName(d->target) << ": " << d->reason << "] ";
                }
            }
        }
        NS_TEST_EXPECT_MSG_EQ(failed,
                              0,
                              failed << " of " << injections.size() << ":" << failures.str());
        // --- the counters grew by exactly as much, with the reasons
        std::map<Target, uint64_t> dropsAfter = {
            {Target::AC, TotalDrops(ac->GetDrops())},
            {Target::WTP, TotalDrops(wtp->GetDrops())},
            {Target::DATA_PLANE, TotalDrops(dataPlane->GetDrops())}};
        for (Target target : {Target::AC, Target::WTP, Target::DATA_PLANE})
        {
            NS_TEST_EXPECT_MSG_EQ(
                dropsAfter[target] - dropsBefore[target],
                expectedDrops[target],
                TargetName(target) << " GetDrops(): "
                                   << (target == Target::AC    ? DropsText(ac->GetDrops())
                                       : target == Target::WTP ? DropsText(wtp->GetDrops())
                                                               : DropsText(dataPlane->GetDrops())));
        }
        NS_TEST_EXPECT_MSG_GT(DropsWithPrefix(ac->GetDrops(), "malformed control message: "),
                              0,
                              DropsText(ac->GetDrops()));
        NS_TEST_EXPECT_MSG_GT(DropsWithPrefix(wtp->GetDrops(), "malformed data channel packet: "),
                              0,
                              DropsText(wtp->GetDrops()));
        NS_TEST_EXPECT_MSG_GT(DropsWithPrefix(dataPlane->GetDrops(), "malformed ARP: "),
                              0,
                              DropsText(dataPlane->GetDrops()));
        NS_TEST_EXPECT_MSG_EQ(TotalDrops(scenario.GetWtp(1)->GetDrops()),
                              0,
                              "AP002 drops: " << DropsText(scenario.GetWtp(1)->GetDrops()));

        // --- nothing else happened
        std::string what;
        for (const auto& d : disturbances)
        {
            what += "\n  " + d;
        }
        NS_TEST_EXPECT_MSG_EQ(disturbances.size(), 0, "disturbances:" << what);
        NS_TEST_EXPECT_MSG_EQ(wlc->GetAps().GetN(), 2, "AP table");
        const ApEntry* ap1 = wlc->GetAps().FindByName("AP001");
        NS_TEST_ASSERT_MSG_NE(ap1, nullptr, "AP001 in the table");
        if (!ap1)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_EQ((ap1->state == ApSessionState::RUN), true, "AP001 session state");
        NS_TEST_EXPECT_MSG_EQ(ap1->joinedAt, ap1Before.joinedAt, "AP001 joined again");
        NS_TEST_EXPECT_MSG_EQ(ap1->dataPort, ap1Before.dataPort, "AP001 data port changed");
        NS_TEST_EXPECT_MSG_EQ(ap1->controlPort, ap1Before.controlPort, "AP001 control port");
        NS_TEST_EXPECT_MSG_EQ(ap1->radioMac, ap1Bssid, "AP001 BSSID");
        NS_TEST_EXPECT_MSG_GT(ap1->lastHeard, injections.back().at, "AP001 heard since");
        for (uint32_t i = 0; i < scenario.GetNAps(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(scenario.GetWtp(i)->GetState(), CapwapWtp::State::RUN, i);
        }
        const ClientEntry* entry = wlc->GetClients().Find(client);
        NS_TEST_ASSERT_MSG_NE(entry, nullptr, "client entry");
        if (!entry)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(PemStateName(entry->pemState), "RUN", "client PEM state");
        NS_TEST_EXPECT_MSG_EQ(entry->apName, "AP001", "client AP");
        NS_TEST_EXPECT_MSG_EQ(wtp->GetStations().count(client), 1, "AP001 stations");
        // the client's traffic from 20 s to the end
        uint64_t down = scenario.GetDownlinkReceived(0) - downAt20;
        uint64_t up = scenario.GetUplinkReceived(0) - upAt20;
        std::size_t downTx = downSent.Between(Seconds(19), end);
        std::size_t upTx = upSent.Between(Seconds(19), end);
        std::ostringstream traffic;
        traffic << "downlink " << down << "/" << downTx << ", uplink " << up << "/" << upTx;
        NS_TEST_EXPECT_MSG_GT(downTx, 1000, traffic.str());
        NS_TEST_EXPECT_MSG_GT(upTx, 1000, traffic.str());
        NS_TEST_EXPECT_MSG_GT_OR_EQ(down * 10, downTx * 9, traffic.str());
        NS_TEST_EXPECT_MSG_GT_OR_EQ(up * 10, upTx * 9, traffic.str());
        Simulator::Destroy();
    }
};

/**
 * A keep-alive with a Session ID other than the session's, spoofed from the controller to
 * AP001's data port: the WTP must reject it (RFC 5415 §4.4.1: the keep-alive carries the
 * session's Session ID) rather than take it as a sign of life of its controller.
 */
class MalformedKeepAliveToWtpTestCase : public TestCase
{
  public:
    MalformedKeepAliveToWtpTestCase()
        : TestCase("keep-alives with a wrong or missing Session ID sent to an AP are dropped")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario scenario(StayingClientConfig(Seconds(1)));
        scenario.Build();
        Ptr<WirelessLanController> wlc = scenario.GetController(0);
        Ptr<CapwapWtp> wtp = scenario.GetWtp(0);
        const Mac48Address rogueMac("02:00:00:00:66:11");
        WireTap rogue(VlanChannel(wlc, "management"), rogueMac);
        const Ipv4Address ap1Ip("10.99.80.11");
        const Mac48Address ap1Mac("aa:22:bd:98:3a:30");
        std::vector<std::pair<Time, std::string>> drops;
        wtp->TraceConnectWithoutContext("Drop",
                                        Callback<void, Ptr<const Packet>, const std::string&>(
                                            [&drops](Ptr<const Packet>, const std::string& reason) {
                                                drops.emplace_back(Simulator::Now(), reason);
                                            }));
        std::vector<std::tuple<std::string, ByteString, Time>> sent = {
            {"wrong Session ID", KeepAlive(Fill(16, 0xa5)), Seconds(20)},
            {"Session ID of 4 bytes", KeepAlive(Fill(4, 0x11)), Seconds(21)},
            {"no Session ID", ConcatBytes({KEEPALIVE_HEADER, {0x00, 0x02}}), Seconds(22)},
        };
        bool injected = false;
        Simulator::Schedule(Seconds(19), [&]() {
            const ApEntry* ap1 = wlc->GetAps().FindByName("AP001");
            if (!ap1 || ap1->dataPort == 0)
            {
                return; // AP001 has not joined by 19 s: nothing sent
            }
            injected = true;
            for (const auto& [name, bytes, at] : sent)
            {
                ByteString ip =
                    BuildIpv4Udp(WLC1_ADDRESS, ap1Ip, capwap::DATA_PORT, ap1->dataPort, bytes);
                Simulator::Schedule(at - Simulator::Now(), [&rogue, rogueMac, ap1Mac, ip]() {
                    rogue.Inject(rogueMac, ap1Mac, ETHERTYPE_IPV4, ip);
                });
            }
        });
        Simulator::Stop(Seconds(25));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(injected, true, "AP001 had not joined by 19 s");
        for (const auto& [name, bytes, at] : sent)
        {
            std::string reasons;
            for (const auto& [time, reason] : drops)
            {
                if (time >= at && time < at + Seconds(1))
                {
                    reasons += "[" + reason + "] ";
                }
            }
            NS_TEST_EXPECT_MSG_NE(reasons, "", "keep-alive with " << name << " not dropped");
        }
        NS_TEST_EXPECT_MSG_EQ(wtp->GetState(), CapwapWtp::State::RUN, "AP001 state");
        Simulator::Destroy();
    }
};

/// The suite.
class MalformedInputTestSuite : public TestSuite
{
  public:
    MalformedInputTestSuite()
        : TestSuite("wlc-malformed-input", WLC_TEST_SYSTEM)
    {
        AddTestCase(new MalformedInputTestCase, WLC_TEST_QUICK);
        AddTestCase(new MalformedKeepAliveToWtpTestCase, WLC_TEST_QUICK);
    }
};

/// Static instance.
MalformedInputTestSuite g_malformedInputTestSuite;

} // namespace
