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
 * traffic go on undisturbed.
 *
 * The packets are written byte by byte from RFC 5415 §4.1-4.6 (CAPWAP preamble, header, control
 * header, message elements, keep-alive), IEEE 802.11 §9.2-9.3 (MAC header, tunnelled with its
 * Frame Control byte-swapped as Cisco APs send it), RFC 2131 (BOOTP/DHCP) and RFC 826 (ARP).
 */

#include "wlc-system-test-fixture.h"
#include "wlc-test-util.h"

#include "ns3/error-model.h"
#include "ns3/ft-crypto.h"
#include "ns3/mobility-manager.h"
#include "ns3/mobility-message.h"
#include "ns3/test.h"
#include "ns3/wlc-fast-transition.h"
#include "ns3/wlc-mobility.h"
#include "ns3/wlc-ns3-compat.h"
#include "ns3/wpa-crypto.h"

#include <functional>
#include <random>
#include <sstream>

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

/// Bytes.
using ByteString = std::vector<uint8_t>;

/// \param n a count \param value a byte \return n copies of it
ByteString
Fill(std::size_t n, uint8_t value)
{
    return ByteString(n, value);
}

// --- CAPWAP (RFC 5415 §4.1, §4.3): preamble 0x00, then HLEN(5) RID(5) WBID(5) T F L W M K
// Flags(3), Fragment ID, Fragment Offset. HLEN 2 = the 8-byte header; WBID 1 = IEEE 802.11.

/// Control header: HLEN 2, RID 0, WBID 1, no flags.
const ByteString CONTROL_HEADER = {0x00, 0x10, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00};
/// Data header of a native IEEE 802.11 frame: HLEN 2, RID 1, WBID 1, T set.
const ByteString DATA80211_HEADER = {0x00, 0x10, 0x43, 0x00, 0x00, 0x00, 0x00, 0x00};
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

/// Where a packet is dropped.
enum class Target
{
    AC,
    WTP,
    DATA_PLANE,
    MOBILITY, //!< WLC1's mobility manager
    CLIENT,   //!< the client's supplicant
    NONE,     //!< nowhere: the input is answered, not dropped
};

/// \param target a target \return its name
std::string
TargetName(Target target)
{
    switch (target)
    {
    case Target::AC:
        return "AC";
    case Target::WTP:
        return "AP001";
    case Target::DATA_PLANE:
        return "data plane";
    case Target::MOBILITY:
        return "WLC1 mobility";
    case Target::CLIENT:
        return "client";
    case Target::NONE:
        return "nowhere";
    }
    return "?";
}

// --- IEEE 802.11 management frames as tunnelled (9.3.3), and the 802.11r elements (9.4.2)

/**
 * A management frame as tunnelled in CAPWAP (Frame Control byte-swapped, as Cisco APs send it).
 * \param subtype the subtype \param a1 Address 1 \param a2 Address 2 \param a3 Address 3
 * \param body the frame body
 * \return the frame
 */
ByteString
MgmtFrame(uint8_t subtype,
          Mac48Address a1,
          Mac48Address a2,
          Mac48Address a3,
          const ByteString& body)
{
    // Frame Control: protocol 0, type 0 (management), the subtype; then flags 0, sent flags first
    return ConcatBytes({{0x00, uint8_t(subtype << 4), 0x00, 0x00},
                        MacBytes(a1),
                        MacBytes(a2),
                        MacBytes(a3),
                        {0x20, 0x00},
                        body});
}

/// \param value a 16-bit field \return its two octets, little endian (802.11)
ByteString
Le16(uint16_t value)
{
    return {uint8_t(value & 0xff), uint8_t(value >> 8)};
}

/**
 * An Authentication frame body (9.3.3.12): Algorithm, Transaction Sequence, Status, elements.
 * \param algorithm the algorithm (2: FT) \param sequence the sequence \param status the status
 * \param elements the elements \return the body
 */
ByteString
AuthBody(uint16_t algorithm, uint16_t sequence, uint16_t status, const ByteString& elements = {})
{
    return ConcatBytes({Le16(algorithm), Le16(sequence), Le16(status), elements});
}

/**
 * An RSNE (9.4.2.24): version 1, CCMP-128 group and pairwise, one AKM 00-0F-AC:akm, no
 * capabilities, then the PMKIDs (a PMKID Count only when there are PMKIDs, or forced).
 * \param akm the AKM suite type (3 FT-802.1X, 4 FT-PSK) \param pmkids the PMKIDs
 * \param pmkidCount write a PMKID Count even without PMKIDs
 * \return the element
 */
ByteString
Rsne(uint8_t akm, const std::vector<ByteString>& pmkids, bool pmkidCount = true)
{
    ByteString body = {0x01, 0x00, 0x00, 0x0f, 0xac, 0x04, 0x01, 0x00, 0x00, 0x0f,
                       0xac, 0x04, 0x01, 0x00, 0x00, 0x0f, 0xac, akm,  0x00, 0x00};
    if (pmkidCount)
    {
        body.push_back(uint8_t(pmkids.size()));
        body.push_back(0x00);
    }
    for (const auto& pmkid : pmkids)
    {
        body.insert(body.end(), pmkid.begin(), pmkid.end());
    }
    return ConcatBytes({{48, uint8_t(body.size())}, body});
}

/// \param mdid the MDID \param policy FT Capability and Policy \return the MDE (9.4.2.46)
ByteString
Mde(uint16_t mdid, uint8_t policy = 0)
{
    return ConcatBytes({{54, 3}, Le16(mdid), {policy}});
}

/**
 * An FTE (9.4.2.47): MIC Control (Element Count in its second octet), MIC, ANonce, SNonce, then
 * subelements as given.
 * \param elementCount MIC Control's Element Count \param mic the MIC (16 octets)
 * \param anonce the ANonce (32) \param snonce the SNonce (32) \param subelements the rest
 * \return the element (its Length is the body's size, whatever it is)
 */
ByteString
Fte(uint8_t elementCount,
    const ByteString& mic,
    const ByteString& anonce,
    const ByteString& snonce,
    const ByteString& subelements)
{
    ByteString body = ConcatBytes({{0x00, elementCount}, mic, anonce, snonce, subelements});
    return ConcatBytes({{55, uint8_t(body.size())}, body});
}

/// \param id the R0KH-ID \return the R0KH-ID subelement (3)
ByteString
R0khSub(const std::string& id)
{
    return ConcatBytes({{3, uint8_t(id.size())}, TextBytes(id)});
}

/// \param bssid the R1KH-ID \return the R1KH-ID subelement (1)
ByteString
R1khSub(Mac48Address bssid)
{
    return ConcatBytes({{1, 6}, MacBytes(bssid)});
}

/// One drop seen on a Drop trace.
struct DropSeen
{
    Time time;          //!< when
    Target target;      //!< where
    std::string reason; //!< why
};

/// One injected packet and where it must be dropped.
struct Injection
{
    std::string name;                  //!< what it is
    Time at;                           //!< when it was sent
    Target target;                     //!< where it must be dropped
    std::vector<std::string> accepted; //!< accepted reason prefixes
    std::function<void()> send;        //!< sends it
};

/// Time from one injection to the next; every drop of an injection falls within it.
constexpr uint32_t SLOT_MS = 20;

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
        auto watchDrops = [&drops](Ptr<Object> object, Target target) {
            object->TraceConnectWithoutContext(
                "Drop",
                Callback<void, Ptr<const Packet>, const std::string&>(
                    [&drops, target](Ptr<const Packet>, const std::string& reason) {
                        drops.push_back({Simulator::Now(), target, reason});
                    }));
        };
        watchDrops(ac, Target::AC);
        watchDrops(wtp, Target::WTP);
        watchDrops(dataPlane, Target::DATA_PLANE);
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
                ByteString ip = BuildIpv4Udp(from, to, fromPort, toPort, bytes);
                return [&rogue, rogueMac, toMac, ip]() {
                    rogue.Inject(rogueMac, toMac, ETHERTYPE_IPV4, ip);
                };
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

/// One input for the 802.11r receivers, and what must follow it within its slot.
struct FtInjection
{
    std::string name;                  //!< what it is
    Target target{Target::NONE};       //!< where it must be dropped (NONE: nowhere)
    std::vector<std::string> accepted; //!< accepted drop reason prefixes
    int authStatus{-1};    //!< the Status Code WLC1 answers the FT Authentication with (-1: none)
    int reassocStatus{-1}; //!< the status of WLC1's FT Reassociation check (-1: none)
    std::string removed;   //!< a ClientRemoved reason must contain this ("": no removal)
    Time slot{MilliSeconds(SLOT_MS)}; //!< time until the next input
    std::function<void()> send;       //!< sends it
    Time at;                          //!< when it was sent
};

/// Something a trace reported: when, and a text (status or reason).
struct Seen
{
    Time time;        //!< when
    std::string text; //!< what
};

/**
 * Malformed input for the 802.11r code paths, while a client that made its FT initial mobility
 * domain association (FT-PSK, WLC1 and WLC2 in a mobility group) stays at AP001:
 * - FT Authentication frames in CAPWAP data "from" AP001 to WLC1: truncated, another algorithm
 *   or sequence, MDE/FTE/RSNE of bad lengths, elements past the end, repeated elements (dropped
 *   and counted by WLC1's CapwapAc); well-formed ones that name no known PMK-R0 (unknown
 *   PMKR0Name or R0KH-ID), lack the RSNE, the PMKID or the R0KH-ID, or have another MDID or AKM
 *   (answered with status 53, 40, 54 or 43, not dropped), and one naming the PMK-R0 of a
 *   MobileFtKeyUpdate whose AKM is invalid (that update is dropped: no abort, status 53);
 * - Reassociation Requests: after a successful FT Authentication with a malformed FTE (the
 *   client entry is removed with the reason, status 55), with an FTE but no FT Authentication
 *   (status 1), with an FTE that runs past the frame (dropped);
 * - management frames "from" WLC1 to AP001: subtypes a Local MAC AP does not take, wrong
 *   addresses, truncated bodies, malformed elements (dropped and counted by AP001);
 * - Authentication frames relayed by AP001 to the client, which is not roaming (dropped and
 *   counted by its WpaSupplicant);
 * - MobileFtKeyUpdate messages "from" WLC2 to WLC1: R0KH-ID length 0, 49 and 255, AKM not FT,
 *   lifetime 0, truncated, trailing bytes, a wrong length field or type, another group, a
 *   non-member (dropped and counted by WLC1's MobilityManager).
 * Every input is dropped once, at its receiver, with its reason, or answered as listed; the
 * sessions, the client and its traffic go on.
 */
class FtMalformedInputTestCase : public TestCase
{
  public:
    FtMalformedInputTestCase()
        : TestCase("802.11r: malformed FT frames and key updates at the controller, AP, client "
                   "and mobility manager: dropped and counted, or refused")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config;
        config.controllers = 2;
        config.apsPerController = 1;
        config.roamingClients = true;
        config.clientsArriveAt = Seconds(12);
        config.walkStart = Seconds(100000); // the client stays next to AP001
        config.trafficInterval = MilliSeconds(50);
        WLC_REQUIRE_EQ(RoamingScenario::SetSecurityMethod("ft-psk", config), true, "ft-psk");
        RoamingScenario scenario(config);
        scenario.Build();
        Ptr<WirelessLanController> wlc = scenario.GetController(0);
        Ptr<CapwapAc> ac = wlc->GetAccessController();
        Ptr<CapwapWtp> wtp = scenario.GetWtp(0);
        Ptr<MobilityManager> mobility = wlc->GetMobility()->GetManager();
        Ptr<WpaSupplicant> supplicant = scenario.GetSupplicant(0);
        Ptr<WlcFastTransition> ft = wlc->GetFastTransition();
        const Mac48Address client = scenario.GetClientMac(0);
        const Mac48Address rogueMac("02:00:00:00:66:21");
        WireTap rogue(VlanChannel(wlc, "management"), rogueMac);
        rogue.AddAddress(Ipv4Address("10.99.80.66"),
                         Ipv4Mask("255.255.255.0"),
                         Ipv4Address("10.99.80.254"));
        const Mac48Address wlcMac =
            Mac48Address::ConvertFrom(wlc->GetInterface("management")->port->GetAddress());
        const Ipv4Address wlc2Ip("10.99.82.1");
        const Ipv4Address ap1Ip("10.99.80.11");
        const Mac48Address ap1Mac("aa:22:bd:98:3a:30");
        const Mac48Address ap1Bssid("00:22:bd:98:3a:38");
        const Mac48Address ap2Bssid("00:3a:99:14:13:77");
        const uint16_t mdid = Wlan().mobilityDomain;

        // --- what happens
        std::vector<DropSeen> drops;
        auto watchDrops = [&drops](Ptr<Object> object, Target target) {
            object->TraceConnectWithoutContext(
                "Drop",
                Callback<void, Ptr<const Packet>, const std::string&>(
                    [&drops, target](Ptr<const Packet>, const std::string& reason) {
                        drops.push_back({Simulator::Now(), target, reason});
                    }));
        };
        watchDrops(ac, Target::AC);
        watchDrops(wtp, Target::WTP);
        watchDrops(wlc->GetDataPlane(), Target::DATA_PLANE);
        watchDrops(mobility, Target::MOBILITY);
        watchDrops(supplicant, Target::CLIENT);
        std::vector<Seen> authentications;
        std::vector<Seen> reassociations;
        std::vector<Seen> removals;
        ft->TraceConnectWithoutContext(
            "Authentication",
            Callback<void, Mac48Address, Mac48Address, uint16_t>(
                [&authentications](Mac48Address, Mac48Address, uint16_t status) {
                    authentications.push_back({Simulator::Now(), std::to_string(status)});
                }));
        ft->TraceConnectWithoutContext(
            "Reassociation",
            Callback<void, Mac48Address, Mac48Address, uint16_t>(
                [&reassociations](Mac48Address, Mac48Address, uint16_t status) {
                    reassociations.push_back({Simulator::Now(), std::to_string(status)});
                }));
        wlc->TraceConnectWithoutContext(
            "ClientRemoved",
            Callback<void, Mac48Address, const std::string&>(
                [&removals](Mac48Address mac, const std::string& reason) {
                    std::ostringstream os;
                    os << mac << ": " << reason;
                    removals.push_back({Simulator::Now(), os.str()});
                }));
        std::vector<std::string> ftFailures;
        supplicant->TraceConnectWithoutContext(
            "FtFailed",
            Callback<void, Mac48Address, const std::string&>(
                [&ftFailures](Mac48Address, const std::string& reason) {
                    ftFailures.push_back(reason);
                }));
        TxCounter downSent;
        downSent.Watch(scenario.GetServer(), DOWNLINK_PORT);

        // the keys a station of the mobility domain has with WLC1 as its R0KH (FT-PSK)
        std::vector<uint8_t> psk;
        std::string why;
        WLC_REQUIRE_EQ(WpaCrypto::DerivePmk(config.passphrase, config.ssid, psk, why), true, why);
        auto pmkR0Name = [&](Mac48Address station, const std::string& r0kh) {
            FtCrypto::PmkR0 r0;
            std::string reason;
            bool ok =
                FtCrypto::DerivePmkR0(psk, config.ssid, mdid, TextBytes(r0kh), station, r0, reason);
            NS_ABORT_MSG_UNLESS(ok, reason);
            return r0.name;
        };

        std::vector<FtInjection> injections;
        uint64_t downAt20 = 0;
        std::map<Target, uint64_t> dropsBefore;
        std::string before;
        Simulator::Schedule(Seconds(19), [&]() {
            const ApEntry* ap1 = wlc->GetAps().FindByName("AP001");
            const ClientEntry* entry = wlc->GetClients().Find(client);
            if (!ap1 || ap1->dataPort == 0 || !entry)
            {
                return; // not ready by 19 s: no injections (the test fails below)
            }
            before = PemStateName(entry->pemState) + " " + entry->keyManagement;
            downAt20 = scenario.GetDownlinkReceived(0);
            dropsBefore[Target::AC] = TotalDrops(ac->GetDrops());
            dropsBefore[Target::WTP] = TotalDrops(wtp->GetDrops());
            dropsBefore[Target::MOBILITY] = TotalDrops(mobility->GetDrops());
            dropsBefore[Target::CLIENT] = TotalDrops(supplicant->GetDrops());
            const uint16_t ap1Data = ap1->dataPort;
            auto spoofed = [&rogue, rogueMac](Mac48Address toMac,
                                              Ipv4Address from,
                                              uint16_t fromPort,
                                              Ipv4Address to,
                                              uint16_t toPort,
                                              ByteString bytes) {
                ByteString ip = BuildIpv4Udp(from, to, fromPort, toPort, bytes);
                return [&rogue, rogueMac, toMac, ip]() {
                    rogue.Inject(rogueMac, toMac, ETHERTYPE_IPV4, ip);
                };
            };
            // a frame from a station of AP001, tunnelled to WLC1
            auto toWlc = [&, ap1Data](const ByteString& frame) {
                return spoofed(wlcMac,
                               ap1Ip,
                               ap1Data,
                               WLC1_ADDRESS,
                               capwap::DATA_PORT,
                               ConcatBytes({DATA80211_HEADER, frame}));
            };
            // a frame from WLC1 to AP001
            auto toAp = [&, ap1Data](const ByteString& frame) {
                return spoofed(ap1Mac,
                               WLC1_ADDRESS,
                               capwap::DATA_PORT,
                               ap1Ip,
                               ap1Data,
                               ConcatBytes({DATA80211_HEADER, frame}));
            };
            auto dropped = [&injections](const std::string& name,
                                         Target target,
                                         std::vector<std::string> accepted,
                                         std::function<void()> send) {
                FtInjection inj;
                inj.name = name;
                inj.target = target;
                inj.accepted = std::move(accepted);
                inj.send = std::move(send);
                injections.push_back(inj);
            };

            const ByteString mic0(16, 0);
            const ByteString nonce0(32, 0);
            const ByteString snonce(32, 0x5a);
            const ByteString anonce(32, 0xa5);
            const Mac48Address stranger("02:11:22:33:44:55");
            const ByteString strangerR0Name = pmkR0Name(stranger, "WLC1");
            const ByteString goodElements =
                ConcatBytes({Rsne(4, {strangerR0Name}),
                             Mde(mdid),
                             Fte(0, mic0, nonce0, snonce, R0khSub("WLC1"))});

            // 1. FT Authentication bodies WLC1 cannot read: dropped by its CapwapAc
            const std::string notFt =
                "tunnelled Authentication frame dropped: not an FT Authentication Request: ";
            const std::vector<std::pair<std::string, ByteString>> badBodies = {
                {"empty body", {}},
                {"3 octets", {0x02, 0x00, 0x01}},
                {"5 octets", {0x02, 0x00, 0x01, 0x00, 0x00}},
                {"algorithm 0 (Open System)", AuthBody(0, 1, 0, goodElements)},
                {"algorithm 1 (Shared Key)", AuthBody(1, 1, 0, goodElements)},
                {"algorithm 3 (SAE)", AuthBody(3, 1, 0, goodElements)},
                {"sequence 0", AuthBody(2, 0, 0, goodElements)},
                {"sequence 2 (a response)", AuthBody(2, 2, 0, goodElements)},
                {"sequence 3", AuthBody(2, 3, 0, goodElements)},
                {"element header cut", ConcatBytes({AuthBody(2, 1, 0, goodElements), {0x36}})},
                {"MDE length 10 with 3 octets", AuthBody(2, 1, 0, {54, 10, 0xa1, 0xb2, 0x00})},
                {"FTE running past the frame",
                 AuthBody(2,
                          1,
                          0,
                          ConcatBytes({Rsne(4, {strangerR0Name}), Mde(mdid), {55, 200}, mic0}))},
                {"MDE length 2", AuthBody(2, 1, 0, {54, 2, 0xa1, 0xb2})},
                {"MDE length 4", AuthBody(2, 1, 0, {54, 4, 0xa1, 0xb2, 0x00, 0x00})},
                {"FTE length 10", AuthBody(2, 1, 0, ConcatBytes({{55, 10}, Fill(10, 0)}))},
                {"FTE of 81 octets", AuthBody(2, 1, 0, ConcatBytes({{55, 81}, Fill(81, 0)}))},
                {"FTE subelement running past the FTE",
                 AuthBody(2,
                          1,
                          0,
                          ConcatBytes({Rsne(4, {strangerR0Name}),
                                       Mde(mdid),
                                       Fte(0, mic0, nonce0, snonce, {3, 9, 'W', 'L', 'C', '1'})}))},
                {"R0KH-ID of 0 octets",
                 AuthBody(2, 1, 0, Fte(0, mic0, nonce0, snonce, ByteString{3, 0}))},
                {"R0KH-ID of 49 octets",
                 AuthBody(2, 1, 0, Fte(0, mic0, nonce0, snonce, R0khSub(std::string(49, 'W'))))},
                {"R1KH-ID of 5 octets",
                 AuthBody(2,
                          1,
                          0,
                          Fte(0, mic0, nonce0, snonce, ConcatBytes({{1, 5}, Fill(5, 0x02)})))},
                {"two MDEs", AuthBody(2, 1, 0, ConcatBytes({Mde(mdid), Mde(mdid)}))},
                {"two RSNEs",
                 AuthBody(2, 1, 0, ConcatBytes({Rsne(4, {strangerR0Name}), Rsne(4, {})}))},
                {"RSNE of 1 octet", AuthBody(2, 1, 0, {48, 1, 0x01})},
                {"RSNE version 2", AuthBody(2, 1, 0, {48, 2, 0x02, 0x00})},
                {"RSNE pairwise count 100",
                 AuthBody(2, 1, 0, {48, 8, 0x01, 0x00, 0x00, 0x0f, 0xac, 0x04, 0x64, 0x00})},
                {"RSNE PMKID count 5 with one PMKID",
                 AuthBody(2,
                          1,
                          0,
                          [&]() {
                              ByteString rsne = Rsne(4, {strangerR0Name});
                              rsne[2 + 20] = 5;
                              return rsne;
                          }())},
                {"Timeout Interval of 4 octets", AuthBody(2, 1, 0, {56, 4, 1, 0, 0, 0})},
                {"Timeout Interval type 0", AuthBody(2, 1, 0, {56, 5, 0, 0xe8, 0x03, 0, 0})},
            };
            for (const auto& [name, body] : badBodies)
            {
                dropped("FT Authentication to WLC1: " + name,
                        Target::AC,
                        {notFt},
                        toWlc(MgmtFrame(11, ap1Bssid, stranger, ap1Bssid, body)));
            }

            // 2. well-formed FT Authentication Requests WLC1 refuses (answered, not dropped)
            auto answered = [&](const std::string& name,
                                int status,
                                Mac48Address station,
                                const ByteString& body) {
                FtInjection inj;
                inj.name = "FT Authentication to WLC1: " + name;
                inj.authStatus = status;
                inj.send = toWlc(MgmtFrame(11, ap1Bssid, station, ap1Bssid, body));
                injections.push_back(inj);
            };
            const ByteString unknownName = HexBytes("00112233445566778899aabbccddeeff");
            answered("unknown PMKR0Name",
                     53,
                     stranger,
                     AuthBody(2,
                              1,
                              0,
                              ConcatBytes({Rsne(4, {unknownName}),
                                           Mde(mdid),
                                           Fte(0, mic0, nonce0, snonce, R0khSub("WLC1"))})));
            answered("unknown R0KH-ID",
                     53,
                     stranger,
                     AuthBody(2,
                              1,
                              0,
                              ConcatBytes({Rsne(4, {strangerR0Name}),
                                           Mde(mdid),
                                           Fte(0, mic0, nonce0, snonce, R0khSub("WLC9"))})));
            answered(
                "no RSNE",
                40,
                stranger,
                AuthBody(2,
                         1,
                         0,
                         ConcatBytes({Mde(mdid), Fte(0, mic0, nonce0, snonce, R0khSub("WLC1"))})));
            answered("RSNE without a PMKID",
                     40,
                     stranger,
                     AuthBody(2,
                              1,
                              0,
                              ConcatBytes({Rsne(4, {}),
                                           Mde(mdid),
                                           Fte(0, mic0, nonce0, snonce, R0khSub("WLC1"))})));
            answered("FTE without R0KH-ID",
                     40,
                     stranger,
                     AuthBody(2,
                              1,
                              0,
                              ConcatBytes({Rsne(4, {strangerR0Name}),
                                           Mde(mdid),
                                           Fte(0, mic0, nonce0, snonce, {})})));
            answered("another MDID",
                     54,
                     stranger,
                     AuthBody(2,
                              1,
                              0,
                              ConcatBytes({Rsne(4, {strangerR0Name}),
                                           Mde(0x1234),
                                           Fte(0, mic0, nonce0, snonce, R0khSub("WLC1"))})));
            answered("FT-802.1X AKM on an FT-PSK WLAN",
                     43,
                     stranger,
                     AuthBody(2,
                              1,
                              0,
                              ConcatBytes({Rsne(3, {strangerR0Name}),
                                           Mde(mdid),
                                           Fte(0, mic0, nonce0, snonce, R0khSub("WLC1"))})));

            // 3. MobileFtKeyUpdate "from" WLC2: the good one, then every way to break it
            MobilityGroupId groupId;
            std::string reason;
            NS_ABORT_MSG_UNLESS(ParseMobilityGroupId(config.mobilityGroupId, groupId, reason),
                                reason);
            const Mac48Address keyed("02:11:22:33:44:66");
            auto keyUpdate = [&](Mac48Address station) {
                MobilityHeader header;
                header.groupId = groupId;
                header.mobileMac = station;
                header.xid = 4242;
                MobileFtKeyUpdateBody body;
                body.senderIp = wlc2Ip;
                body.mdid = mdid;
                body.akm = 0x000fac04;
                body.pmkR0.fill(0x77);
                body.pmkR0Name.fill(0x66);
                body.lifetime = 3600;
                body.r0khId = "WLC2";
                return MobilityMessage::CreateFtKeyUpdate(header, body).Encode();
            };
            auto toMobility = [&](const ByteString& bytes) {
                return spoofed(wlcMac,
                               wlc2Ip,
                               mobility::UDP_PORT,
                               WLC1_ADDRESS,
                               mobility::UDP_PORT,
                               bytes);
            };
            const ByteString update = keyUpdate(keyed);
            const std::string malformed = "malformed mobility message: ";
            auto patched = [&update](std::size_t offset, ByteString bytes) {
                ByteString copy = update;
                std::copy(bytes.begin(), bytes.end(), copy.begin() + offset);
                return copy;
            };
            const std::vector<std::pair<std::string, ByteString>> badUpdates = {
                {"R0KH-ID length 49", patched(124, {49})},
                {"R0KH-ID length 0", patched(124, {0})},
                {"R0KH-ID length 255", patched(124, {255})},
                {"AKM 00-0F-AC:2 (PSK, not FT)", patched(68, {0x00, 0x0f, 0xac, 0x02})},
                {"AKM 0", patched(68, {0x00, 0x00, 0x00, 0x00})},
                {"lifetime 0", patched(120, {0x00, 0x00, 0x00, 0x00})},
                {"truncated to 175 bytes", ByteString(update.begin(), update.end() - 1)},
                {"truncated to 124 bytes", ByteString(update.begin(), update.begin() + 124)},
                {"the header alone (56 bytes)", ByteString(update.begin(), update.begin() + 56)},
                {"20 bytes", ByteString(update.begin(), update.begin() + 20)},
                {"2 trailing bytes", ConcatBytes({update, {0x00, 0x00}})},
                {"length field 172", patched(12, {0x00, 172})},
                {"type 13 (a PMK update's size is 172)", patched(0, {13})},
            };
            for (const auto& [name, bytes] : badUpdates)
            {
                dropped("MobileFtKeyUpdate from WLC2: " + name,
                        Target::MOBILITY,
                        {malformed},
                        toMobility(bytes));
            }
            {
                ByteString other = update;
                other[16] ^= 0xff;
                dropped("MobileFtKeyUpdate from WLC2: another group id",
                        Target::MOBILITY,
                        {"message with another mobility group id"},
                        toMobility(other));
            }
            dropped("MobileFtKeyUpdate from a host outside the group",
                    Target::MOBILITY,
                    {"message from an address that is not a member of the group"},
                    spoofed(wlcMac,
                            Ipv4Address("10.99.80.66"),
                            mobility::UDP_PORT,
                            WLC1_ADDRESS,
                            mobility::UDP_PORT,
                            update));
            // the PMK-R0 of an update with an invalid AKM (dropped above) is unknown: 53
            answered("the PMKR0Name of a key update with AKM 0",
                     53,
                     keyed,
                     AuthBody(2,
                              1,
                              0,
                              ConcatBytes({Rsne(4, {ByteString(16, 0x66)}),
                                           Mde(mdid),
                                           Fte(0, mic0, nonce0, snonce, R0khSub("WLC2"))})));

            // 4. a successful FT Authentication, then a Reassociation Request with a bad FTE
            answered("well-formed, for a station of the mobility domain",
                     0,
                     stranger,
                     AuthBody(2, 1, 0, goodElements));
            auto reassociation = [&](Mac48Address station, const ByteString& ftElements) {
                // Capability, Listen Interval, Current AP, SSID, Supported Rates, the FT elements
                return MgmtFrame(2,
                                 ap1Bssid,
                                 station,
                                 ap1Bssid,
                                 ConcatBytes({{0x00, 0x00, 0x0a, 0x00},
                                              MacBytes(ap2Bssid),
                                              {0x00, 0x04, 'C', 'O', 'R', 'P'},
                                              {0x01, 0x08, 0x8c, 0x12, 0x98, 0x24},
                                              {0xb0, 0x48, 0x60, 0x6c},
                                              ftElements}));
            };
            const ByteString pmkR1Name = FtCrypto::PmkR1Name(strangerR0Name, ap1Bssid, stranger);
            {
                FtInjection inj;
                inj.name = "Reassociation Request to WLC1 after FT Authentication: FTE "
                           "subelement running past the FTE";
                inj.reassocStatus = 55;
                inj.removed = "802.11r reassociation refused: FTE: ";
                inj.slot = MilliSeconds(100);
                inj.send = toWlc(
                    reassociation(stranger,
                                  ConcatBytes({Rsne(4, {pmkR1Name}),
                                               Mde(mdid),
                                               Fte(3,
                                                   Fill(16, 0x11),
                                                   anonce,
                                                   snonce,
                                                   ConcatBytes({{1, 9}, MacBytes(ap1Bssid)}))})));
                injections.push_back(inj);
            }
            {
                FtInjection inj;
                inj.name = "Reassociation Request to WLC1 with an FTE but no FT Authentication";
                inj.reassocStatus = 1;
                inj.removed = "802.11r reassociation refused: FT Reassociation without an FT "
                              "Authentication";
                inj.slot = MilliSeconds(100);
                inj.send = toWlc(reassociation(
                    Mac48Address("02:11:22:33:44:77"),
                    ConcatBytes({Rsne(4, {pmkR1Name}),
                                 Mde(mdid),
                                 Fte(3,
                                     Fill(16, 0x11),
                                     anonce,
                                     snonce,
                                     ConcatBytes({R1khSub(ap1Bssid), R0khSub("WLC1")}))})));
                injections.push_back(inj);
            }
            dropped("Reassociation Request to WLC1 with an FTE running past the frame",
                    Target::AC,
                    {"tunnelled management frame not understood: "},
                    toWlc(reassociation(
                        stranger,
                        ConcatBytes({Rsne(4, {pmkR1Name}), Mde(mdid), {55, 120}, Fill(40, 0)}))));

            // 5. management frames from WLC1 that AP001 does not put on the air
            const std::string notHandled = "tunnelled management frame of subtype ";
            const std::vector<std::pair<uint8_t, std::string>> subtypes = {
                {0, "Association Request"},
                {1, "Association Response"},
                {2, "Reassociation Request"},
                {4, "Probe Request"},
                {5, "Probe Response"},
                {8, "Beacon"},
                {10, "Disassociation"},
                {12, "Deauthentication"},
                {13, "Action"},
            };
            for (const auto& [subtype, name] : subtypes)
            {
                dropped("management frame from WLC1 to AP001: " + name,
                        Target::WTP,
                        {notHandled + std::to_string(subtype)},
                        toAp(MgmtFrame(subtype, client, ap1Bssid, ap1Bssid, Fill(12, 0))));
            }
            const std::string notFromBss =
                "tunnelled management frame not from this BSS to a station";
            const std::vector<std::tuple<std::string, ByteString, std::string>> toAp1 = {
                {"Authentication to the broadcast address",
                 MgmtFrame(11, Mac48Address::GetBroadcast(), ap1Bssid, ap1Bssid, AuthBody(2, 2, 0)),
                 notFromBss},
                {"Authentication from another BSSID",
                 MgmtFrame(11, client, ap2Bssid, ap2Bssid, AuthBody(2, 2, 0)),
                 notFromBss},
                {"management frame of 23 octets",
                 [&]() {
                     ByteString whole = MgmtFrame(11, client, ap1Bssid, ap1Bssid, {});
                     return ByteString(whole.begin(), whole.begin() + 23);
                 }(),
                 "tunnelled management frame not valid: "},
                {"Authentication of 5 octets",
                 MgmtFrame(11, client, ap1Bssid, ap1Bssid, {0x02, 0x00, 0x02, 0x00, 0x00}),
                 "Authentication frame shorter than its fixed fields"},
                {"Authentication with an element past its end",
                 MgmtFrame(11, client, ap1Bssid, ap1Bssid, AuthBody(2, 2, 0, {55, 90, 0x00})),
                 "Authentication frame with malformed elements: "},
                {"Authentication with an element header cut",
                 MgmtFrame(11, client, ap1Bssid, ap1Bssid, AuthBody(2, 2, 0, {48})),
                 "Authentication frame with malformed elements: "},
                {"Reassociation Response of 4 octets",
                 MgmtFrame(3, client, ap1Bssid, ap1Bssid, {0x01, 0x00, 0x00, 0x00}),
                 "Reassociation Response shorter than its fixed fields"},
                {"Reassociation Response with an element past its end",
                 MgmtFrame(3,
                           client,
                           ap1Bssid,
                           ap1Bssid,
                           ConcatBytes({Fill(6, 0), Mde(mdid), {55, 200}, Fill(20, 0)})),
                 "Reassociation Response with malformed elements: "},
                {"Reassociation Response with an element header cut",
                 MgmtFrame(3,
                           client,
                           ap1Bssid,
                           ap1Bssid,
                           ConcatBytes({Fill(6, 0), Mde(mdid), {48}})),
                 "Reassociation Response with malformed elements: "},
            };
            for (const auto& [name, frame, prefix] : toAp1)
            {
                dropped("management frame from WLC1 to AP001: " + name,
                        Target::WTP,
                        {prefix},
                        toAp(frame));
            }

            // 6. Authentication frames AP001 relays to the client, which is not roaming
            const std::vector<std::pair<std::string, ByteString>> toClient = {
                {"FT sequence 2 with an FTE of 10 octets",
                 AuthBody(
                     2,
                     2,
                     0,
                     ConcatBytes({Rsne(4, {strangerR0Name}), Mde(mdid), {55, 10}, Fill(10, 0)}))},
                {"FT sequence 2 with a wrong SNonce",
                 AuthBody(2,
                          2,
                          0,
                          ConcatBytes({Rsne(4, {strangerR0Name}),
                                       Mde(mdid),
                                       Fte(0,
                                           mic0,
                                           anonce,
                                           Fill(32, 0x01),
                                           ConcatBytes({R1khSub(ap1Bssid), R0khSub("WLC1")})),
                                       {56, 5, 1, 0xe8, 0x03, 0x00, 0x00}}))},
                {"FT sequence 2, status 53", AuthBody(2, 2, 53)},
                {"Open System sequence 2", AuthBody(0, 2, 0)},
            };
            for (const auto& [name, body] : toClient)
            {
                dropped("Authentication through AP001 to the client: " + name,
                        Target::CLIENT,
                        {"Authentication frame outside an FT roam"},
                        toAp(MgmtFrame(11, client, ap1Bssid, ap1Bssid, body)));
            }

            // one input per slot from 20 s on
            Time at = Seconds(20);
            for (FtInjection& inj : injections)
            {
                inj.at = at;
                at += inj.slot;
                Simulator::Schedule(inj.at - Simulator::Now(), inj.send);
            }
        });
        const Time end = Seconds(26);
        Simulator::Stop(end);
        Simulator::Run();

        bool ready =
            !before.empty() && injections.size() > 70 && injections.back().at + Seconds(3) < end;
        NS_TEST_EXPECT_MSG_EQ(ready,
                              true,
                              "AP001 and the client ready at 19 s ('"
                                  << before << "'), " << injections.size()
                                  << " injections ending 3 s before the end");
        if (!ready)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(before, "RUN FT-PSK", "the client's FT initial association");

        // --- every input: exactly what it must cause within its slot, nothing else
        std::ostringstream failures;
        uint32_t failed = 0;
        std::map<Target, uint64_t> expectedDrops;
        auto within = [](const std::vector<Seen>& seen, Time from, Time to) {
            std::vector<std::string> texts;
            for (const Seen& s : seen)
            {
                if (s.time >= from && s.time < to)
                {
                    texts.push_back(s.text);
                }
            }
            return texts;
        };
        for (const FtInjection& inj : injections)
        {
            Time to = inj.at + inj.slot;
            std::vector<const DropSeen*> seen;
            for (const DropSeen& d : drops)
            {
                if (d.time >= inj.at && d.time < to)
                {
                    seen.push_back(&d);
                }
            }
            std::ostringstream problems;
            bool dropOk = seen.empty();
            if (inj.target != Target::NONE)
            {
                expectedDrops[inj.target]++;
                dropOk = false;
                for (const auto& prefix : inj.accepted)
                {
                    dropOk |= seen.size() == 1 && seen[0]->target == inj.target &&
                              seen[0]->reason.compare(0, prefix.size(), prefix) == 0;
                }
            }
            if (!dropOk)
            {
                problems << "expected " << (inj.target == Target::NONE ? "no drop" : "one drop at ")
                         << (inj.target == Target::NONE ? "" : TargetName(inj.target))
                         << ", seen: ";
            }
            for (const DropSeen* d : seen)
            {
                problems << "[" << TargetName(d->target) << ": " << d->reason << "] ";
            }
            std::vector<std::string> auth = within(authentications, inj.at, to);
            std::vector<std::string> expectedAuth;
            if (inj.authStatus >= 0)
            {
                expectedAuth.push_back(std::to_string(inj.authStatus));
            }
            if (auth != expectedAuth)
            {
                problems << "FT Authentication answered with status";
                for (const auto& status : auth)
                {
                    problems << " " << status;
                }
                problems << " (expected " << inj.authStatus << "); ";
            }
            std::vector<std::string> reassoc = within(reassociations, inj.at, to);
            std::vector<std::string> expectedReassoc;
            if (inj.reassocStatus >= 0)
            {
                expectedReassoc.push_back(std::to_string(inj.reassocStatus));
            }
            if (reassoc != expectedReassoc)
            {
                problems << "FT Reassociation status";
                for (const auto& status : reassoc)
                {
                    problems << " " << status;
                }
                problems << " (expected " << inj.reassocStatus << "); ";
            }
            std::vector<std::string> removed = within(removals, inj.at, to);
            bool removedOk =
                inj.removed.empty()
                    ? removed.empty()
                    : removed.size() == 1 && removed[0].find(inj.removed) != std::string::npos;
            if (!removedOk)
            {
                problems << "clients removed:";
                for (const auto& r : removed)
                {
                    problems << " [" << r << "]";
                }
                problems << " (expected '" << inj.removed << "'); ";
            }
            bool clean = dropOk && auth == expectedAuth && reassoc == expectedReassoc && removedOk;
            if (!clean)
            {
                ++failed;
                failures << "\n  " << inj.name << ": " << problems.str();
            }
        }
        NS_TEST_EXPECT_MSG_EQ(failed,
                              0,
                              failed << " of " << injections.size() << ":" << failures.str());
        // the counters grew by exactly as much
        std::map<Target, uint64_t> dropsAfter = {
            {Target::AC, TotalDrops(ac->GetDrops())},
            {Target::WTP, TotalDrops(wtp->GetDrops())},
            {Target::MOBILITY, TotalDrops(mobility->GetDrops())},
            {Target::CLIENT, TotalDrops(supplicant->GetDrops())}};
        NS_TEST_EXPECT_MSG_EQ(dropsAfter[Target::AC] - dropsBefore[Target::AC],
                              expectedDrops[Target::AC],
                              "WLC1 GetDrops(): " << DropsText(ac->GetDrops()));
        NS_TEST_EXPECT_MSG_EQ(dropsAfter[Target::WTP] - dropsBefore[Target::WTP],
                              expectedDrops[Target::WTP],
                              "AP001 GetDrops(): " << DropsText(wtp->GetDrops()));
        NS_TEST_EXPECT_MSG_EQ(dropsAfter[Target::MOBILITY] - dropsBefore[Target::MOBILITY],
                              expectedDrops[Target::MOBILITY],
                              "WLC1 mobility GetDrops(): " << DropsText(mobility->GetDrops()));
        NS_TEST_EXPECT_MSG_EQ(dropsAfter[Target::CLIENT] - dropsBefore[Target::CLIENT],
                              expectedDrops[Target::CLIENT],
                              "client GetDrops(): " << DropsText(supplicant->GetDrops()));
        NS_TEST_EXPECT_MSG_GT(DropsWithPrefix(ac->GetDrops(),
                                              "tunnelled Authentication frame dropped: not an FT "
                                              "Authentication Request: "),
                              20,
                              DropsText(ac->GetDrops()));

        // --- nothing else happened: the client keeps its FT keys, AP001 its session
        NS_TEST_EXPECT_MSG_EQ(ftFailures.size(), 0, "the client's FT state was touched");
        const ClientEntry* entry = wlc->GetClients().Find(client);
        NS_TEST_EXPECT_MSG_NE(entry, nullptr, "client entry at WLC1");
        NS_TEST_EXPECT_MSG_EQ((entry ? PemStateName(entry->pemState) : ""), "RUN", "PEM state");
        NS_TEST_EXPECT_MSG_EQ((entry ? entry->apName : ""), "AP001", "client AP");
        NS_TEST_EXPECT_MSG_EQ(wtp->GetState(), CapwapWtp::State::RUN, "AP001 state");
        NS_TEST_EXPECT_MSG_EQ(wtp->GetStations().count(client), 1, "AP001 stations");
        NS_TEST_EXPECT_MSG_EQ(supplicant->GetPort()->IsAuthorized(), true, "client port");
        NS_TEST_EXPECT_MSG_EQ(wlc->GetClients().Find(Mac48Address("02:11:22:33:44:55")),
                              nullptr,
                              "the stranger's entry");
        NS_TEST_EXPECT_MSG_NE(ft->GetKeys(client), nullptr, "the client's PMK-R0 at its R0KH");
        uint64_t down = scenario.GetDownlinkReceived(0) - downAt20;
        std::size_t downTx = downSent.Between(Seconds(19), end);
        NS_TEST_EXPECT_MSG_GT(downTx, 120, "downlink sent (7 s at 20 packets/s)");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(down * 10, downTx * 9, "downlink " << down << "/" << downTx);
        Simulator::Destroy();
    }
};

/**
 * A receive error model for a controller's management port that drops every CAPWAP data packet
 * carrying an 802.11 Authentication frame (UDP to 5247, the frame's byte-swapped Frame Control
 * 0x00 0xb0 after the CAPWAP header): the controller never answers an FT Authentication Request.
 */
class AuthenticationDropper : public ErrorModel
{
  public:
    /// \return the TypeId
    static TypeId GetTypeId()
    {
        static TypeId tid = TypeId("ns3::wlctest::AuthenticationDropper")
                                .SetParent<ErrorModel>()
                                .SetGroupName("Wlc");
        return tid;
    }

    /// \param dropped called with the time of each drop
    void SetDroppedCallback(std::function<void()> dropped)
    {
        m_dropped = std::move(dropped);
    }

  private:
    bool DoCorrupt(Ptr<Packet> packet) override
    {
        EthernetFrame ethernet;
        UdpDatagram udp;
        if (!ParseEthernet(Bytes(packet), ethernet) || ethernet.etherType != ETHERTYPE_IPV4 ||
            !ParseIpv4Udp(ethernet.payload, udp) || udp.destinationPort != capwap::DATA_PORT ||
            udp.payload.size() < 10)
        {
            return false;
        }
        std::size_t header = (udp.payload[1] >> 3) * 4u; // HLEN, in 4-byte words
        if (header < 8 || udp.payload.size() < header + 2 || udp.payload[header] != 0x00 ||
            udp.payload[header + 1] != 0xb0)
        {
            return false;
        }
        if (m_dropped)
        {
            m_dropped();
        }
        return true;
    }

    void DoReset() override
    {
    }

    std::function<void()> m_dropped; //!< told of drops
};

/**
 * Authentication frames that reach an FT-PSK client while its FT roam from AP001 (WLC1) to
 * AP002 (WLC2) waits for the Authentication Response, which WLC2 never sends (its management
 * port loses every tunnelled Authentication frame); they are sent "by WLC2" through AP002:
 * Open System and sequence 1 are ignored by the client (dropped and counted with the reason),
 * a body cut short is not even sent by AP002 (dropped there), the roam goes on; sequence 2 with a
 * malformed FTE fails the roam (FtFailed, with the reason), and the client reassociates to AP002
 * without FT (a new initial mobility domain association with a 4-way handshake); a later one
 * arrives outside any roam (dropped).
 */
class FtRoamInjectionTestCase : public TestCase
{
  public:
    FtRoamInjectionTestCase()
        : TestCase("802.11r: malformed Authentication frames to a client during its FT roam")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config;
        config.controllers = 2;
        config.apsPerController = 1;
        config.roamingClients = true;
        config.clientsArriveAt = Seconds(12);
        config.walkSpeed = 4;
        config.trafficInterval = MilliSeconds(50);
        WLC_REQUIRE_EQ(RoamingScenario::SetSecurityMethod("ft-psk", config), true, "ft-psk");
        RoamingScenario scenario(config);
        scenario.Build();
        Ptr<WirelessLanController> wlc2 = scenario.GetController(1);
        Ptr<CapwapWtp> ap2 = scenario.GetWtp(1);
        Ptr<WpaSupplicant> supplicant = scenario.GetSupplicant(0);
        const Mac48Address client = scenario.GetClientMac(0);
        const Mac48Address ap2Bssid("00:3a:99:14:13:77");
        const Mac48Address ap2Mac("00:3a:99:14:13:70");
        const Ipv4Address ap2Ip("10.99.82.11");
        const Ipv4Address wlc2Ip("10.99.82.1");
        const Mac48Address rogueMac("02:00:00:00:66:31");
        WireTap rogue(VlanChannel(wlc2, "management"), rogueMac);

        std::vector<std::pair<Time, std::string>> clientDrops;
        supplicant->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, const std::string&>(
                [&clientDrops](Ptr<const Packet>, const std::string& reason) {
                    clientDrops.emplace_back(Simulator::Now(), reason);
                }));
        std::vector<std::pair<Time, std::string>> ftFailed;
        supplicant->TraceConnectWithoutContext(
            "FtFailed",
            Callback<void, Mac48Address, const std::string&>(
                [&ftFailed](Mac48Address bssid, const std::string& reason) {
                    std::ostringstream os;
                    os << bssid << ": " << reason;
                    ftFailed.emplace_back(Simulator::Now(), os.str());
                }));
        std::vector<std::pair<Time, std::string>> apDrops;
        ap2->TraceConnectWithoutContext("Drop",
                                        Callback<void, Ptr<const Packet>, const std::string&>(
                                            [&apDrops](Ptr<const Packet>, const std::string& r) {
                                                apDrops.emplace_back(Simulator::Now(), r);
                                            }));

        // what WLC2 "sends" through AP002 once the client's first request is lost
        const uint16_t mdid = Wlan().mobilityDomain;
        const ByteString someName = Fill(16, 0x42);

        struct Step
        {
            std::string name;          //!< what
            Time after;                //!< after the first lost request
            ByteString body;           //!< Authentication body
            std::string dropReason;    //!< the client's drop reason prefix ("": none)
            std::string failureReason; //!< FtFailed reason part ("": none)
            std::string apDropReason;  //!< AP002's drop reason ("": AP002 sends it)
        };

        const std::vector<Step> steps = {
            {"Open System sequence 2",
             MilliSeconds(10),
             AuthBody(0, 2, 0),
             "Authentication frame ignored: not an FT Authentication Response",
             ""},
            {"3 octets (AP002 does not send it)",
             MilliSeconds(20),
             {0x02, 0x00, 0x02},
             "",
             "",
             "Authentication frame shorter than its fixed fields"},
            {"FT sequence 1",
             MilliSeconds(30),
             AuthBody(2, 1, 0),
             "Authentication frame ignored: not an FT Authentication Response",
             ""},
            {"FT sequence 2 with an FTE of 10 octets",
             MilliSeconds(40),
             AuthBody(2,
                      2,
                      0,
                      ConcatBytes({Rsne(4, {someName}), Mde(mdid), {55, 10}, Fill(10, 0)})),
             "",
             "malformed Authentication Response: FTE: "},
            {"FT sequence 2 after the roam failed",
             MilliSeconds(80),
             AuthBody(2, 2, 0, ConcatBytes({Rsne(4, {someName}), Mde(mdid)})),
             "Authentication frame outside an FT roam",
             ""},
        };
        std::vector<Time> lost;
        Time first;
        Ptr<AuthenticationDropper> dropper = CreateObject<AuthenticationDropper>();
        dropper->SetDroppedCallback([&]() {
            lost.push_back(Simulator::Now());
            if (lost.size() > 1)
            {
                return;
            }
            first = Simulator::Now();
            const ApEntry* ap = wlc2->GetAps().FindByName("AP002");
            if (!ap)
            {
                return;
            }
            for (const Step& step : steps)
            {
                ByteString frame = ConcatBytes(
                    {DATA80211_HEADER, MgmtFrame(11, client, ap2Bssid, ap2Bssid, step.body)});
                ByteString ip = BuildIpv4Udp(wlc2Ip, ap2Ip, capwap::DATA_PORT, ap->dataPort, frame);
                Simulator::Schedule(step.after, [&rogue, rogueMac, ap2Mac, ip]() {
                    rogue.Inject(rogueMac, ap2Mac, ETHERTYPE_IPV4, ip);
                });
            }
        });
        DynamicCast<CsmaNetDevice>(wlc2->GetInterface("management")->port)
            ->SetReceiveErrorModel(dropper);

        scenario.Run();
        std::vector<RoamRecord> roams = scenario.GetRoamMonitor()->GetRoams();
        bool authorized = supplicant->GetPort()->IsAuthorized();
        Simulator::Destroy();

        WLC_REQUIRE_EQ(lost.empty(), false, "no FT Authentication Request reached WLC2's port");
        for (std::size_t i = 0; i < steps.size(); ++i)
        {
            const Step& step = steps[i];
            Time from = first + step.after;
            Time to = i + 1 < steps.size() ? first + steps[i + 1].after : from + Seconds(1);
            std::string drops;
            std::size_t matching = 0;
            for (const auto& [time, reason] : clientDrops)
            {
                if (time >= from && time < to)
                {
                    drops += " [" + reason + "]";
                    matching += !step.dropReason.empty() &&
                                reason.compare(0, step.dropReason.size(), step.dropReason) == 0;
                }
            }
            const std::size_t expected = step.dropReason.empty() ? 0 : 1;
            NS_TEST_EXPECT_MSG_EQ(matching, expected, step.name << ": client drops" << drops);
            NS_TEST_EXPECT_MSG_EQ(drops.empty(), step.dropReason.empty(), step.name << drops);
            std::size_t apMatching = 0;
            for (const auto& [time, reason] : apDrops)
            {
                apMatching += time >= from && time < to && !step.apDropReason.empty() &&
                              reason.compare(0, step.apDropReason.size(), step.apDropReason) == 0;
            }
            const std::size_t expectedAp = step.apDropReason.empty() ? 0 : 1;
            NS_TEST_EXPECT_MSG_EQ(apMatching, expectedAp, step.name << ": AP002 drops");
            std::string failures;
            for (const auto& [time, reason] : ftFailed)
            {
                if (time >= from && time < to)
                {
                    failures += " [" + reason + "]";
                }
            }
            NS_TEST_EXPECT_MSG_EQ(failures.empty(), step.failureReason.empty(), step.name);
            NS_TEST_EXPECT_MSG_EQ(step.failureReason.empty() ||
                                      failures.find(step.failureReason) != std::string::npos,
                                  true,
                                  step.name << ": FtFailed" << failures);
        }
        NS_TEST_EXPECT_MSG_EQ(ftFailed.size(), 1, "FT roams failed");
        NS_TEST_EXPECT_MSG_EQ(lost.size(), 1, "FT Authentication Requests sent (no retry)");
        std::string aps;
        std::size_t expectedApDrops = 0;
        for (const Step& step : steps)
        {
            expectedApDrops += !step.apDropReason.empty();
        }
        for (const auto& [time, reason] : apDrops)
        {
            aps += " [" + reason + "]";
        }
        NS_TEST_EXPECT_MSG_EQ(apDrops.size(), expectedApDrops, "AP002 drops:" << aps);
        // the roam happened, without FT: a new initial mobility domain association at AP002
        WLC_REQUIRE_EQ(roams.size(), 1, "roams");
        NS_TEST_EXPECT_MSG_EQ(roams[0].toAp, "AP002", "the roam's AP");
        NS_TEST_EXPECT_MSG_NE(roams[0].keyMethod, "ft", "the roam's key method");
        NS_TEST_EXPECT_MSG_GT(roams[0].fourWayMs, 0, "a 4-way handshake at AP002");
        NS_TEST_EXPECT_MSG_EQ(authorized, true, "the client's port at the end");
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
        AddTestCase(new FtMalformedInputTestCase, WLC_TEST_QUICK);
        AddTestCase(new FtRoamInjectionTestCase, WLC_TEST_QUICK);
    }
};

/// Static instance.
MalformedInputTestSuite g_malformedInputTestSuite;

} // namespace
