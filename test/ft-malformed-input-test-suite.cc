/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * Robustness system tests of the 802.11r code paths: malformed FT Authentication and
 * Reassociation frames tunnelled to the controller, malformed management frames from the
 * controller to an AP, Authentication frames to a client outside or during its FT roam, and
 * malformed MobileFtKeyUpdate messages to the mobility manager. Every input must be dropped and
 * counted once, with its reason, at its receiver, or refused with the right status, while the
 * sessions and the client's traffic go on.
 *
 * The frames are written byte by byte from IEEE 802.11-2020 9.3.3 (management frames, tunnelled
 * with their Frame Control byte-swapped as Cisco APs send them) and 9.4.2 (RSNE, MDE, FTE and its
 * subelements); the key updates from the MobileFtKeyUpdate's layout (mobility-message.h).
 */

#include "wlc-malformed-input-fixture.h"
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
#include <sstream>
#include <tuple>

using namespace ns3;
using namespace ns3::wlctest;
using namespace ns3::wlctest::malformed;

namespace
{

// --- the 802.11r elements (9.4.2)

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

/**
 * \return the scenario of both test cases, before its security method: WLC1 and WLC2 with one AP
 * each, one roaming client that arrives at AP001 at 12 s, downlink traffic every 50 ms
 */
RoamingScenario::Config
TwoControllerConfig()
{
    RoamingScenario::Config config;
    config.controllers = 2;
    config.apsPerController = 1;
    config.roamingClients = true;
    config.clientsArriveAt = Seconds(12);
    config.trafficInterval = MilliSeconds(50);
    return config;
}

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
 * \param seen what a trace reported \param from the start of a slot \param to its end
 * \return the texts reported within [from, to)
 */
std::vector<std::string>
Within(const std::vector<Seen>& seen, Time from, Time to)
{
    std::vector<std::string> texts;
    for (const Seen& s : seen)
    {
        if (s.time >= from && s.time < to)
        {
            texts.push_back(s.text);
        }
    }
    return texts;
}

/**
 * Whether a trace of statuses reported, within a slot, exactly the expected one.
 * \param seen the statuses reported \param from the start of the slot \param to its end
 * \param expected the status (-1: none) \param what how a mismatch is described
 * \param problems where a mismatch is written
 * \return whether the statuses within [from, to) are exactly the expected one
 */
bool
StatusIs(const std::vector<Seen>& seen,
         Time from,
         Time to,
         int expected,
         const std::string& what,
         std::ostream& problems)
{
    std::vector<std::string> statuses = Within(seen, from, to);
    std::vector<std::string> expectedStatuses;
    if (expected >= 0)
    {
        expectedStatuses.push_back(std::to_string(expected));
    }
    if (statuses == expectedStatuses)
    {
        return true;
    }
    problems << what;
    for (const auto& status : statuses)
    {
        problems << " " << status;
    }
    problems << " (expected " << expected << "); ";
    return false;
}

/// Address of the rogue host on WLC1's management VLAN.
const Ipv4Address ROGUE_ADDRESS("10.99.80.66");
/// MAC address of the rogue host.
const Mac48Address ROGUE_MAC("02:00:00:00:66:21");
/// AP001's management address.
const Ipv4Address AP1_ADDRESS("10.99.80.11");
/// AP001's MAC address.
const Mac48Address AP1_MAC("aa:22:bd:98:3a:30");
/// AP001's BSSID.
const Mac48Address AP1_BSSID("00:22:bd:98:3a:38");
/// AP002's BSSID.
const Mac48Address AP2_BSSID("00:3a:99:14:13:77");
/// A station of the mobility domain that is not in the scenario, with WLC1 as its R0KH.
const Mac48Address STRANGER("02:11:22:33:44:55");
/// An FTE's MIC of zeros.
const ByteString ZERO_MIC(16, 0);
/// An FTE's ANonce of zeros (a request's).
const ByteString ZERO_NONCE(32, 0);
/// The SNonce of the requests.
const ByteString SNONCE(32, 0x5a);
/// The ANonce of the Reassociation Requests and of the responses.
const ByteString ANONCE(32, 0xa5);

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
        RoamingScenario::Config config = TwoControllerConfig();
        config.walkStart = Seconds(100000); // the client stays next to AP001
        WLC_REQUIRE_EQ(RoamingScenario::SetSecurityMethod("ft-psk", config), true, "ft-psk");
        RoamingScenario scenario(config);
        scenario.Build();
        Ptr<WirelessLanController> wlc = scenario.GetController(0);
        Ptr<CapwapAc> ac = wlc->GetAccessController();
        Ptr<CapwapWtp> wtp = scenario.GetWtp(0);
        Ptr<MobilityManager> mobility = wlc->GetMobility()->GetManager();
        Ptr<WpaSupplicant> supplicant = scenario.GetSupplicant(0);
        Ptr<WlcFastTransition> ft = wlc->GetFastTransition();
        m_client = scenario.GetClientMac(0);
        WireTap rogue(VlanChannel(wlc, "management"), ROGUE_MAC);
        rogue.AddAddress(ROGUE_ADDRESS, Ipv4Mask("255.255.255.0"), Ipv4Address("10.99.80.254"));
        m_rogue = &rogue;
        m_wlcMac = Mac48Address::ConvertFrom(wlc->GetInterface("management")->port->GetAddress());
        m_mdid = Wlan().mobilityDomain;

        // --- what happens
        WatchReceivers(wlc, wtp, supplicant);
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
            bool ok = FtCrypto::DerivePmkR0(psk,
                                            config.ssid,
                                            m_mdid,
                                            TextBytes(r0kh),
                                            station,
                                            r0,
                                            reason);
            NS_ABORT_MSG_UNLESS(ok, reason);
            return r0.name;
        };

        uint64_t downAt20 = 0;
        std::map<Target, uint64_t> dropsBefore;
        std::string before;
        Simulator::Schedule(Seconds(19), [&]() {
            const ApEntry* ap1 = wlc->GetAps().FindByName("AP001");
            const ClientEntry* entry = wlc->GetClients().Find(m_client);
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
            m_ap1Data = ap1->dataPort;
            m_strangerR0Name = pmkR0Name(STRANGER, "WLC1");
            m_goodElements = ConcatBytes({Rsne(4, {m_strangerR0Name}),
                                          Mde(m_mdid),
                                          Fte(0, ZERO_MIC, ZERO_NONCE, SNONCE, R0khSub("WLC1"))});
            AddUnreadableAuthentications();
            AddRefusedAuthentications();
            AddKeyUpdates(config.mobilityGroupId);
            AddReassociations();
            AddApFrames();
            AddClientFrames();

            // one input per slot from 20 s on
            Time at = Seconds(20);
            for (FtInjection& inj : m_injections)
            {
                inj.at = at;
                at += inj.slot;
                Simulator::Schedule(inj.at - Simulator::Now(), inj.send);
            }
        });
        const Time end = Seconds(26);
        Simulator::Stop(end);
        Simulator::Run();

        bool ready = !before.empty() && m_injections.size() > 70 &&
                     m_injections.back().at + Seconds(3) < end;
        NS_TEST_EXPECT_MSG_EQ(ready,
                              true,
                              "AP001 and the client ready at 19 s ('"
                                  << before << "'), " << m_injections.size()
                                  << " injections ending 3 s before the end");
        if (!ready)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(before, "RUN FT-PSK", "the client's FT initial association");

        std::map<Target, uint64_t> expectedDrops = CheckEveryInput();
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
        const ClientEntry* entry = wlc->GetClients().Find(m_client);
        NS_TEST_EXPECT_MSG_NE(entry, nullptr, "client entry at WLC1");
        NS_TEST_EXPECT_MSG_EQ((entry ? PemStateName(entry->pemState) : ""), "RUN", "PEM state");
        NS_TEST_EXPECT_MSG_EQ((entry ? entry->apName : ""), "AP001", "client AP");
        NS_TEST_EXPECT_MSG_EQ(wtp->GetState(), CapwapWtp::State::RUN, "AP001 state");
        NS_TEST_EXPECT_MSG_EQ(wtp->GetStations().count(m_client), 1, "AP001 stations");
        NS_TEST_EXPECT_MSG_EQ(supplicant->GetPort()->IsAuthorized(), true, "client port");
        NS_TEST_EXPECT_MSG_EQ(wlc->GetClients().Find(STRANGER), nullptr, "the stranger's entry");
        NS_TEST_EXPECT_MSG_NE(ft->GetKeys(m_client), nullptr, "the client's PMK-R0 at its R0KH");
        uint64_t down = scenario.GetDownlinkReceived(0) - downAt20;
        std::size_t downTx = downSent.Between(Seconds(19), end);
        NS_TEST_EXPECT_MSG_GT(downTx, 120, "downlink sent (7 s at 20 packets/s)");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(down * 10, downTx * 9, "downlink " << down << "/" << downTx);
        Simulator::Destroy();
        m_rogue = nullptr;
    }

    /**
     * Records the drops of WLC1's CapwapAc, data plane and mobility manager, of AP001 and of the
     * client's supplicant, and WLC1's FT Authentication answers, FT Reassociation checks and
     * client removals.
     * \param wlc WLC1 \param wtp AP001 \param supplicant the client's supplicant
     */
    void WatchReceivers(Ptr<WirelessLanController> wlc,
                        Ptr<CapwapWtp> wtp,
                        Ptr<WpaSupplicant> supplicant)
    {
        WatchDrops(wlc->GetAccessController(), Target::AC, m_drops);
        WatchDrops(wtp, Target::WTP, m_drops);
        WatchDrops(wlc->GetDataPlane(), Target::DATA_PLANE, m_drops);
        WatchDrops(wlc->GetMobility()->GetManager(), Target::MOBILITY, m_drops);
        WatchDrops(supplicant, Target::CLIENT, m_drops);
        Ptr<WlcFastTransition> ft = wlc->GetFastTransition();
        ft->TraceConnectWithoutContext(
            "Authentication",
            Callback<void, Mac48Address, Mac48Address, uint16_t>(
                [this](Mac48Address, Mac48Address, uint16_t status) {
                    m_authentications.push_back({Simulator::Now(), std::to_string(status)});
                }));
        ft->TraceConnectWithoutContext(
            "Reassociation",
            Callback<void, Mac48Address, Mac48Address, uint16_t>(
                [this](Mac48Address, Mac48Address, uint16_t status) {
                    m_reassociations.push_back({Simulator::Now(), std::to_string(status)});
                }));
        wlc->TraceConnectWithoutContext("ClientRemoved",
                                        Callback<void, Mac48Address, const std::string&>(
                                            [this](Mac48Address mac, const std::string& reason) {
                                                std::ostringstream os;
                                                os << mac << ": " << reason;
                                                m_removals.push_back({Simulator::Now(), os.str()});
                                            }));
    }

    /// \param frame a frame from a station of AP001 \return sends it tunnelled to WLC1
    std::function<void()> ToWlc(const ByteString& frame) const
    {
        return SpoofedDatagram(*m_rogue,
                               ROGUE_MAC,
                               m_wlcMac,
                               AP1_ADDRESS,
                               m_ap1Data,
                               WLC1_ADDRESS,
                               capwap::DATA_PORT,
                               ConcatBytes({DATA80211_HEADER, frame}));
    }

    /// \param frame a frame from WLC1 \return sends it tunnelled to AP001
    std::function<void()> ToAp(const ByteString& frame) const
    {
        return SpoofedDatagram(*m_rogue,
                               ROGUE_MAC,
                               AP1_MAC,
                               WLC1_ADDRESS,
                               capwap::DATA_PORT,
                               AP1_ADDRESS,
                               m_ap1Data,
                               ConcatBytes({DATA80211_HEADER, frame}));
    }

    /**
     * Adds an input that must be dropped.
     * \param name what it is \param target where it must be dropped
     * \param accepted accepted drop reason prefixes \param send sends it
     */
    void Dropped(const std::string& name,
                 Target target,
                 std::vector<std::string> accepted,
                 std::function<void()> send)
    {
        FtInjection inj;
        inj.name = name;
        inj.target = target;
        inj.accepted = std::move(accepted);
        inj.send = std::move(send);
        m_injections.push_back(inj);
    }

    /**
     * Adds a well-formed FT Authentication Request to WLC1, which it must answer.
     * \param name what it is \param status the Status Code of the answer
     * \param station the requesting station \param body the Authentication body
     */
    void Answered(const std::string& name, int status, Mac48Address station, const ByteString& body)
    {
        FtInjection inj;
        inj.name = "FT Authentication to WLC1: " + name;
        inj.authStatus = status;
        inj.send = ToWlc(MgmtFrame(11, AP1_BSSID, station, AP1_BSSID, body));
        m_injections.push_back(inj);
    }

    /// Adds FT Authentication bodies WLC1 cannot read: dropped by its CapwapAc.
    void AddUnreadableAuthentications()
    {
        const std::string notFt =
            "tunnelled Authentication frame dropped: not an FT Authentication Request: ";
        const std::vector<std::pair<std::string, ByteString>> badBodies = {
            {"empty body", {}},
            {"3 octets", {0x02, 0x00, 0x01}},
            {"5 octets", {0x02, 0x00, 0x01, 0x00, 0x00}},
            {"algorithm 0 (Open System)", AuthBody(0, 1, 0, m_goodElements)},
            {"algorithm 1 (Shared Key)", AuthBody(1, 1, 0, m_goodElements)},
            {"algorithm 3 (SAE)", AuthBody(3, 1, 0, m_goodElements)},
            {"sequence 0", AuthBody(2, 0, 0, m_goodElements)},
            {"sequence 2 (a response)", AuthBody(2, 2, 0, m_goodElements)},
            {"sequence 3", AuthBody(2, 3, 0, m_goodElements)},
            {"element header cut", ConcatBytes({AuthBody(2, 1, 0, m_goodElements), {0x36}})},
            {"MDE length 10 with 3 octets", AuthBody(2, 1, 0, {54, 10, 0xa1, 0xb2, 0x00})},
            {"FTE running past the frame",
             AuthBody(
                 2,
                 1,
                 0,
                 ConcatBytes({Rsne(4, {m_strangerR0Name}), Mde(m_mdid), {55, 200}, ZERO_MIC}))},
            {"MDE length 2", AuthBody(2, 1, 0, {54, 2, 0xa1, 0xb2})},
            {"MDE length 4", AuthBody(2, 1, 0, {54, 4, 0xa1, 0xb2, 0x00, 0x00})},
            {"FTE length 10", AuthBody(2, 1, 0, ConcatBytes({{55, 10}, Fill(10, 0)}))},
            {"FTE of 81 octets", AuthBody(2, 1, 0, ConcatBytes({{55, 81}, Fill(81, 0)}))},
            {"FTE subelement running past the FTE",
             AuthBody(
                 2,
                 1,
                 0,
                 ConcatBytes({Rsne(4, {m_strangerR0Name}),
                              Mde(m_mdid),
                              Fte(0, ZERO_MIC, ZERO_NONCE, SNONCE, {3, 9, 'W', 'L', 'C', '1'})}))},
            {"R0KH-ID of 0 octets",
             AuthBody(2, 1, 0, Fte(0, ZERO_MIC, ZERO_NONCE, SNONCE, ByteString{3, 0}))},
            {"R0KH-ID of 49 octets",
             AuthBody(2,
                      1,
                      0,
                      Fte(0, ZERO_MIC, ZERO_NONCE, SNONCE, R0khSub(std::string(49, 'W'))))},
            {"R1KH-ID of 5 octets",
             AuthBody(2,
                      1,
                      0,
                      Fte(0, ZERO_MIC, ZERO_NONCE, SNONCE, ConcatBytes({{1, 5}, Fill(5, 0x02)})))},
            {"two MDEs", AuthBody(2, 1, 0, ConcatBytes({Mde(m_mdid), Mde(m_mdid)}))},
            {"two RSNEs",
             AuthBody(2, 1, 0, ConcatBytes({Rsne(4, {m_strangerR0Name}), Rsne(4, {})}))},
            {"RSNE of 1 octet", AuthBody(2, 1, 0, {48, 1, 0x01})},
            {"RSNE version 2", AuthBody(2, 1, 0, {48, 2, 0x02, 0x00})},
            {"RSNE pairwise count 100",
             AuthBody(2, 1, 0, {48, 8, 0x01, 0x00, 0x00, 0x0f, 0xac, 0x04, 0x64, 0x00})},
            {"RSNE PMKID count 5 with one PMKID",
             AuthBody(2,
                      1,
                      0,
                      [&]() {
                          ByteString rsne = Rsne(4, {m_strangerR0Name});
                          rsne[2 + 20] = 5;
                          return rsne;
                      }())},
            {"Timeout Interval of 4 octets", AuthBody(2, 1, 0, {56, 4, 1, 0, 0, 0})},
            {"Timeout Interval type 0", AuthBody(2, 1, 0, {56, 5, 0, 0xe8, 0x03, 0, 0})},
        };
        for (const auto& [name, body] : badBodies)
        {
            Dropped("FT Authentication to WLC1: " + name,
                    Target::AC,
                    {notFt},
                    ToWlc(MgmtFrame(11, AP1_BSSID, STRANGER, AP1_BSSID, body)));
        }
    }

    /// Adds well-formed FT Authentication Requests WLC1 refuses (answered, not dropped).
    void AddRefusedAuthentications()
    {
        const ByteString unknownName = HexBytes("00112233445566778899aabbccddeeff");
        const ByteString wlc1Fte = Fte(0, ZERO_MIC, ZERO_NONCE, SNONCE, R0khSub("WLC1"));
        // (what, the status WLC1 answers with, the elements)
        const std::vector<std::tuple<std::string, int, ByteString>> refused = {
            {"unknown PMKR0Name", 53, ConcatBytes({Rsne(4, {unknownName}), Mde(m_mdid), wlc1Fte})},
            {"unknown R0KH-ID",
             53,
             ConcatBytes({Rsne(4, {m_strangerR0Name}),
                          Mde(m_mdid),
                          Fte(0, ZERO_MIC, ZERO_NONCE, SNONCE, R0khSub("WLC9"))})},
            {"no RSNE", 40, ConcatBytes({Mde(m_mdid), wlc1Fte})},
            {"RSNE without a PMKID", 40, ConcatBytes({Rsne(4, {}), Mde(m_mdid), wlc1Fte})},
            {"FTE without R0KH-ID",
             40,
             ConcatBytes({Rsne(4, {m_strangerR0Name}),
                          Mde(m_mdid),
                          Fte(0, ZERO_MIC, ZERO_NONCE, SNONCE, {})})},
            {"another MDID", 54, ConcatBytes({Rsne(4, {m_strangerR0Name}), Mde(0x1234), wlc1Fte})},
            {"FT-802.1X AKM on an FT-PSK WLAN",
             43,
             ConcatBytes({Rsne(3, {m_strangerR0Name}), Mde(m_mdid), wlc1Fte})},
        };
        for (const auto& [name, status, elements] : refused)
        {
            Answered(name, status, STRANGER, AuthBody(2, 1, 0, elements));
        }
    }

    /**
     * Adds MobileFtKeyUpdate messages "from" WLC2 to WLC1's mobility manager: every way to break
     * the good one (dropped), then an FT Authentication Request naming the PMK-R0 of one of them
     * (answered).
     * \param mobilityGroupId the mobility group's id
     */
    void AddKeyUpdates(const std::string& mobilityGroupId)
    {
        MobilityGroupId groupId;
        std::string reason;
        NS_ABORT_MSG_UNLESS(ParseMobilityGroupId(mobilityGroupId, groupId, reason), reason);
        const Ipv4Address wlc2Ip("10.99.82.1");
        const Mac48Address keyed("02:11:22:33:44:66");
        auto keyUpdate = [&](Mac48Address station) {
            MobilityHeader header;
            header.groupId = groupId;
            header.mobileMac = station;
            header.xid = 4242;
            MobileFtKeyUpdateBody body;
            body.senderIp = wlc2Ip;
            body.mdid = m_mdid;
            body.akm = 0x000fac04;
            body.pmkR0.fill(0x77);
            body.pmkR0Name.fill(0x66);
            body.lifetime = 3600;
            body.r0khId = "WLC2";
            return MobilityMessage::CreateFtKeyUpdate(header, body).Encode();
        };
        auto toMobility = [&](const ByteString& bytes) {
            return SpoofedDatagram(*m_rogue,
                                   ROGUE_MAC,
                                   m_wlcMac,
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
            Dropped("MobileFtKeyUpdate from WLC2: " + name,
                    Target::MOBILITY,
                    {malformed},
                    toMobility(bytes));
        }
        {
            ByteString other = update;
            other[16] ^= 0xff;
            Dropped("MobileFtKeyUpdate from WLC2: another group id",
                    Target::MOBILITY,
                    {"message with another mobility group id"},
                    toMobility(other));
        }
        Dropped("MobileFtKeyUpdate from a host outside the group",
                Target::MOBILITY,
                {"message from an address that is not a member of the group"},
                SpoofedDatagram(*m_rogue,
                                ROGUE_MAC,
                                m_wlcMac,
                                ROGUE_ADDRESS,
                                mobility::UDP_PORT,
                                WLC1_ADDRESS,
                                mobility::UDP_PORT,
                                update));
        // the PMK-R0 of an update with an invalid AKM (dropped above) is unknown: 53
        Answered("the PMKR0Name of a key update with AKM 0",
                 53,
                 keyed,
                 AuthBody(2,
                          1,
                          0,
                          ConcatBytes({Rsne(4, {ByteString(16, 0x66)}),
                                       Mde(m_mdid),
                                       Fte(0, ZERO_MIC, ZERO_NONCE, SNONCE, R0khSub("WLC2"))})));
    }

    /// Adds a successful FT Authentication, then Reassociation Requests to WLC1 with a bad FTE.
    void AddReassociations()
    {
        Answered("well-formed, for a station of the mobility domain",
                 0,
                 STRANGER,
                 AuthBody(2, 1, 0, m_goodElements));
        auto reassociation = [&](Mac48Address station, const ByteString& ftElements) {
            // Capability, Listen Interval, Current AP, SSID, Supported Rates, the FT elements
            return MgmtFrame(2,
                             AP1_BSSID,
                             station,
                             AP1_BSSID,
                             ConcatBytes({{0x00, 0x00, 0x0a, 0x00},
                                          MacBytes(AP2_BSSID),
                                          {0x00, 0x04, 'C', 'O', 'R', 'P'},
                                          {0x01, 0x08, 0x8c, 0x12, 0x98, 0x24},
                                          {0xb0, 0x48, 0x60, 0x6c},
                                          ftElements}));
        };
        const ByteString pmkR1Name = FtCrypto::PmkR1Name(m_strangerR0Name, AP1_BSSID, STRANGER);
        {
            FtInjection inj;
            inj.name = "Reassociation Request to WLC1 after FT Authentication: FTE "
                       "subelement running past the FTE";
            inj.reassocStatus = 55;
            inj.removed = "802.11r reassociation refused: FTE: ";
            inj.slot = MilliSeconds(100);
            inj.send = ToWlc(
                reassociation(STRANGER,
                              ConcatBytes({Rsne(4, {pmkR1Name}),
                                           Mde(m_mdid),
                                           Fte(3,
                                               Fill(16, 0x11),
                                               ANONCE,
                                               SNONCE,
                                               ConcatBytes({{1, 9}, MacBytes(AP1_BSSID)}))})));
            m_injections.push_back(inj);
        }
        {
            FtInjection inj;
            inj.name = "Reassociation Request to WLC1 with an FTE but no FT Authentication";
            inj.reassocStatus = 1;
            inj.removed = "802.11r reassociation refused: FT Reassociation without an FT "
                          "Authentication";
            inj.slot = MilliSeconds(100);
            inj.send = ToWlc(reassociation(
                Mac48Address("02:11:22:33:44:77"),
                ConcatBytes({Rsne(4, {pmkR1Name}),
                             Mde(m_mdid),
                             Fte(3,
                                 Fill(16, 0x11),
                                 ANONCE,
                                 SNONCE,
                                 ConcatBytes({R1khSub(AP1_BSSID), R0khSub("WLC1")}))})));
            m_injections.push_back(inj);
        }
        Dropped("Reassociation Request to WLC1 with an FTE running past the frame",
                Target::AC,
                {"tunnelled management frame not understood: "},
                ToWlc(reassociation(
                    STRANGER,
                    ConcatBytes({Rsne(4, {pmkR1Name}), Mde(m_mdid), {55, 120}, Fill(40, 0)}))));
    }

    /// Adds management frames from WLC1 that AP001 does not put on the air.
    void AddApFrames()
    {
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
            Dropped("management frame from WLC1 to AP001: " + name,
                    Target::WTP,
                    {notHandled + std::to_string(subtype)},
                    ToAp(MgmtFrame(subtype, m_client, AP1_BSSID, AP1_BSSID, Fill(12, 0))));
        }
        const std::string notFromBss = "tunnelled management frame not from this BSS to a station";
        const std::vector<std::tuple<std::string, ByteString, std::string>> toAp1 = {
            {"Authentication to the broadcast address",
             MgmtFrame(11, Mac48Address::GetBroadcast(), AP1_BSSID, AP1_BSSID, AuthBody(2, 2, 0)),
             notFromBss},
            {"Authentication from another BSSID",
             MgmtFrame(11, m_client, AP2_BSSID, AP2_BSSID, AuthBody(2, 2, 0)),
             notFromBss},
            {"management frame of 23 octets",
             [&]() {
                 ByteString whole = MgmtFrame(11, m_client, AP1_BSSID, AP1_BSSID, {});
                 return ByteString(whole.begin(), whole.begin() + 23);
             }(),
             "tunnelled management frame not valid: "},
            {"Authentication of 5 octets",
             MgmtFrame(11, m_client, AP1_BSSID, AP1_BSSID, {0x02, 0x00, 0x02, 0x00, 0x00}),
             "Authentication frame shorter than its fixed fields"},
            {"Authentication with an element past its end",
             MgmtFrame(11, m_client, AP1_BSSID, AP1_BSSID, AuthBody(2, 2, 0, {55, 90, 0x00})),
             "Authentication frame with malformed elements: "},
            {"Authentication with an element header cut",
             MgmtFrame(11, m_client, AP1_BSSID, AP1_BSSID, AuthBody(2, 2, 0, {48})),
             "Authentication frame with malformed elements: "},
            {"Reassociation Response of 4 octets",
             MgmtFrame(3, m_client, AP1_BSSID, AP1_BSSID, {0x01, 0x00, 0x00, 0x00}),
             "Reassociation Response shorter than its fixed fields"},
            {"Reassociation Response with an element past its end",
             MgmtFrame(3,
                       m_client,
                       AP1_BSSID,
                       AP1_BSSID,
                       ConcatBytes({Fill(6, 0), Mde(m_mdid), {55, 200}, Fill(20, 0)})),
             "Reassociation Response with malformed elements: "},
            {"Reassociation Response with an element header cut",
             MgmtFrame(3,
                       m_client,
                       AP1_BSSID,
                       AP1_BSSID,
                       ConcatBytes({Fill(6, 0), Mde(m_mdid), {48}})),
             "Reassociation Response with malformed elements: "},
        };
        for (const auto& [name, frame, prefix] : toAp1)
        {
            Dropped("management frame from WLC1 to AP001: " + name,
                    Target::WTP,
                    {prefix},
                    ToAp(frame));
        }
    }

    /// Adds Authentication frames AP001 relays to the client, which is not roaming.
    void AddClientFrames()
    {
        const std::vector<std::pair<std::string, ByteString>> toClient = {
            {"FT sequence 2 with an FTE of 10 octets",
             AuthBody(
                 2,
                 2,
                 0,
                 ConcatBytes({Rsne(4, {m_strangerR0Name}), Mde(m_mdid), {55, 10}, Fill(10, 0)}))},
            {"FT sequence 2 with a wrong SNonce",
             AuthBody(2,
                      2,
                      0,
                      ConcatBytes({Rsne(4, {m_strangerR0Name}),
                                   Mde(m_mdid),
                                   Fte(0,
                                       ZERO_MIC,
                                       ANONCE,
                                       Fill(32, 0x01),
                                       ConcatBytes({R1khSub(AP1_BSSID), R0khSub("WLC1")})),
                                   {56, 5, 1, 0xe8, 0x03, 0x00, 0x00}}))},
            {"FT sequence 2, status 53", AuthBody(2, 2, 53)},
            {"Open System sequence 2", AuthBody(0, 2, 0)},
        };
        for (const auto& [name, body] : toClient)
        {
            Dropped("Authentication through AP001 to the client: " + name,
                    Target::CLIENT,
                    {"Authentication frame outside an FT roam"},
                    ToAp(MgmtFrame(11, m_client, AP1_BSSID, AP1_BSSID, body)));
        }
    }

    /**
     * Checks that every input caused exactly what it must within its slot, and nothing else.
     * \return the drops expected at each receiver
     */
    std::map<Target, uint64_t> CheckEveryInput()
    {
        std::ostringstream failures;
        uint32_t failed = 0;
        std::map<Target, uint64_t> expectedDrops;
        for (const FtInjection& inj : m_injections)
        {
            Time to = inj.at + inj.slot;
            std::vector<const DropSeen*> seen;
            for (const DropSeen& d : m_drops)
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
            bool authOk = StatusIs(m_authentications,
                                   inj.at,
                                   to,
                                   inj.authStatus,
                                   "FT Authentication answered with status",
                                   problems);
            bool reassocOk = StatusIs(m_reassociations,
                                      inj.at,
                                      to,
                                      inj.reassocStatus,
                                      "FT Reassociation status",
                                      problems);
            std::vector<std::string> removed = Within(m_removals, inj.at, to);
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
            bool clean = dropOk && authOk && reassocOk && removedOk;
            if (!clean)
            {
                ++failed;
                failures << "\n  " << inj.name << ": " << problems.str();
            }
        }
        NS_TEST_EXPECT_MSG_EQ(failed,
                              0,
                              failed << " of " << m_injections.size() << ":" << failures.str());
        return expectedDrops;
    }

    WireTap* m_rogue{nullptr};   //!< the rogue host that spoofs the inputs (DoRun's, while it runs)
    Mac48Address m_wlcMac;       //!< WLC1's management MAC address
    uint16_t m_ap1Data{0};       //!< AP001's CAPWAP data port
    Mac48Address m_client;       //!< the client, at AP001
    uint16_t m_mdid{0};          //!< the WLAN's MDID
    ByteString m_strangerR0Name; //!< the PMKR0Name of STRANGER
    ByteString m_goodElements;   //!< a good FT Authentication Request's elements
    std::vector<FtInjection> m_injections; //!< the inputs, in the order they are sent
    std::vector<DropSeen> m_drops;         //!< the drops at the receivers
    std::vector<Seen> m_authentications;   //!< WLC1's FT Authentication answers (status)
    std::vector<Seen> m_reassociations;    //!< WLC1's FT Reassociation checks (status)
    std::vector<Seen> m_removals;          //!< the clients WLC1 removed (MAC: reason)
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
        RoamingScenario::Config config = TwoControllerConfig();
        config.walkSpeed = 4;
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
class FtMalformedInputTestSuite : public TestSuite
{
  public:
    FtMalformedInputTestSuite()
        : TestSuite("wlc-ft-malformed-input", WLC_TEST_SYSTEM)
    {
        AddTestCase(new FtMalformedInputTestCase, WLC_TEST_QUICK);
        AddTestCase(new FtRoamInjectionTestCase, WLC_TEST_QUICK);
    }
};

/// Static instance.
FtMalformedInputTestSuite g_ftMalformedInputTestSuite;

} // namespace
