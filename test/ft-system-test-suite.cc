/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * System tests of 802.11r Fast BSS Transition over the air (RoamingScenario with
 * enterprise-roaming clients and Config::fastTransition). The client's Authentication,
 * (Re)Association and EAPOL frames are taken from its radio, next to the supplicant's, the
 * controllers' and the RADIUS server's records:
 * - FT-PSK within WLC1 and in the reference Layer 3 roam: the FT initial mobility domain
 *   association (FT AKM, MDE and FTE, EAPOL-Key descriptor version 3), then FT Authentication
 *   (algorithm 2, sequence 1 and 2) and a Reassociation with RSNE (PMKR1Name), MDE and FTE, every
 *   key name checked against the key hierarchy derived here, and no EAPOL frame at the roam;
 * - FT-802.1X across controllers: EAP only at the first association, the PMK-R0 in WLC1's
 *   MobileFtKeyUpdate used by WLC2, WLC1 Anchor and WLC2 Foreign;
 * - FT-802.1X on to a third controller (three channels): two FT roams with WLC1's PMK-R0;
 * - the MobileFtKeyUpdate lost: WLC2 refuses the FT Authentication (status 53), the client makes
 *   a new initial mobility domain association with a full authentication;
 * - a client without FastTransition on the FT WLAN: the plain AKM and a 4-way handshake;
 * - FT opens the port sooner after the association than a WPA2-PSK roam, and sooner after
 *   leaving AP001 than an 802.1X roam.
 */

#include "wlc-ft-test-fixture.h"

#include "ns3/boolean.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

/// An FT-PSK roam, within WLC1 or the reference Layer 3 roam.
class FtPskRoamTestCase : public FtTestCase
{
  public:
    /// \param controllers 1 (AP001 and AP002 of WLC1) or 2 (AP001 of WLC1, AP002 of WLC2)
    explicit FtPskRoamTestCase(uint32_t controllers)
        : FtTestCase(controllers == 1 ? "FT-PSK roam AP001 -> AP002 within WLC1"
                                      : "FT-PSK Layer 3 roam AP001 (WLC1) -> AP002 (WLC2)"),
          m_controllers(controllers)
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config = FtConfig(m_controllers, "ft-psk");
        FtRecorder recorder(config);
        MobilityRunResult r = RunMobilityScenario(config, recorder.Options());
        const FtRecords& rec = recorder.Records();
        WLC_REQUIRE_EQ(r.roams.size(), 1u, "one roam:\n" << r.roamSummary);
        const RoamRecord& roam = r.roams[0];
        NS_TEST_EXPECT_MSG_EQ(roam.type, (m_controllers == 1 ? "intra" : "l3"), "roam type");
        NS_TEST_EXPECT_MSG_EQ(roam.fromAp + ">" + roam.toAp, "AP001>AP002", "the APs");
        FtCrypto::PmkR0 r0 = PskPmkR0(config, r.client);
        ExpectInitialAssociation(rec, r, AKM_FT_PSK, "R:Key T:Key R:Key T:Key ", r0.name);
        ExpectFtRoamFrames(rec, r, AKM_FT_PSK, r0.name);
        ExpectFtRoamResult(rec, r);
        const ControllerRecord& target = r.wlcs.back();
        NS_TEST_EXPECT_MSG_EQ(rec.answers.back(),
                              "Auth(AP002,0) Reassoc(AP002,0) ",
                              target.name << "'s FT answers");
        ExpectDetail(target.end.detail,
                     {{"AP Name", "AP002"},
                      {"Mobility State", m_controllers == 1 ? "Local" : "Foreign"},
                      {"Policy Manager State", "RUN"},
                      {"Authentication Key Management", "FT-PSK"}},
                     target.name + " after the roam");
        if (m_controllers == 2)
        {
            NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(r.wlcs[0].end.entry.mobilityRole),
                                  "Anchor",
                                  "WLC1 after the roam");
        }
        ExpectAddressKept(r, REFERENCE_CLIENT_IP);
        ExpectTraffic(r);
    }

    uint32_t m_controllers; //!< 1 or 2
};

/// An FT-802.1X Layer 3 roam: EAP once, the PMK-R0 shared in the mobility group.
class Ft8021xRoamTestCase : public FtTestCase
{
  public:
    Ft8021xRoamTestCase()
        : FtTestCase("FT-802.1X Layer 3 roam: EAP only at the first association, WLC2 the R1KH "
                     "with the PMK-R0 of WLC1's MobileFtKeyUpdate")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config = FtConfig(2, "ft-8021x");
        FtRecorder recorder(config);
        MobilityRunResult r = RunMobilityScenario(config, recorder.Options());
        const FtRecords& rec = recorder.Records();
        WLC_REQUIRE_EQ(r.roams.size(), 1u, "one roam:\n" << r.roamSummary);
        NS_TEST_EXPECT_MSG_EQ(r.roams[0].type, "l3", "a Layer 3 roam");
        // one Access-Request per EAP response (Identity and the method's rounds), before the walk
        NS_TEST_EXPECT_MSG_EQ(rec.radiusAtWalk,
                              EapMethodProfile::PeapMsChapV2().requestSizes.size() + 1,
                              "Access-Requests of the first association");
        NS_TEST_EXPECT_MSG_EQ(rec.radiusAtEnd, rec.radiusAtWalk, "none for the roam");
        // WLC1, the R0KH, gave the PMK-R0 to WLC2 once the 4-way handshake proved it
        const std::vector<FrameInfo>& vlan80 = r.routerPort.at(80);
        WLC_REQUIRE_EQ(CountFrames(vlan80, IsMobilityMessage(FT_KEY_UPDATE)), 1u, "key updates");
        const FrameInfo& update =
            *std::find_if(vlan80.begin(), vlan80.end(), IsMobilityMessage(FT_KEY_UPDATE));
        NS_TEST_EXPECT_MSG_EQ(update.ipSource, WLC1_ADDRESS, "from WLC1");
        NS_TEST_EXPECT_MSG_EQ(update.ipDestination, WLC2_ADDRESS, "to WLC2");
        NS_TEST_EXPECT_MSG_LT(update.time, r.walkStart, "after the first association");
        WLC_REQUIRE_EQ(update.udpPayload.size(), FT_KEY_UPDATE_SIZE, "its size");
        ExpectBytes(Slice(update.udpPayload, MOBILE_MAC_AT, 6), MacBytes(r.client), "mobile MAC");
        std::vector<uint8_t> pmkR0Name = Slice(update.udpPayload, PMKR0NAME_AT, 16);
        ExpectBytes(rec.keysAtWalk.at(1), pmkR0Name, "WLC2 held it before the client came");
        NS_TEST_EXPECT_MSG_EQ(
            CountItems(r.wlcs[1].debug, {"Received FT PMK-R0 update from 10.99.80.1"}),
            1u,
            "WLC2's debug line");
        // the client: EAP and the 4-way handshake first, then the roam with that PMKR0Name
        ExpectInitialAssociation(rec,
                                 r,
                                 AKM_FT_8021X,
                                 FullEap() + "R:Key T:Key R:Key T:Key ",
                                 pmkR0Name);
        ExpectFtRoamFrames(rec, r, AKM_FT_8021X, pmkR0Name);
        ExpectFtRoamResult(rec, r);
        NS_TEST_EXPECT_MSG_EQ(rec.answers[0], "", "WLC1 answered no FT request");
        NS_TEST_EXPECT_MSG_EQ(rec.answers[1], "Auth(AP002,0) Reassoc(AP002,0) ", "WLC2's");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(r.wlcs[0].end.entry.mobilityRole),
                              "Anchor",
                              "WLC1 after the roam");
        ExpectDetail(r.wlcs[1].end.detail,
                     {{"AP Name", "AP002"},
                      {"Mobility State", "Foreign"},
                      {"Policy Manager State", "RUN"},
                      {"Authentication Key Management", "FT-802.1X"}},
                     "WLC2 after the roam");
        ExpectAddressKept(r, REFERENCE_CLIENT_IP);
        ExpectTraffic(r);
    }
};

/// The MobileFtKeyUpdate is lost: WLC2 refuses the FT Authentication, the client falls back.
class FtFallbackTestCase : public FtTestCase
{
  public:
    FtFallbackTestCase()
        : FtTestCase("FT-802.1X, WLC2 lost the MobileFtKeyUpdate: FT Authentication refused "
                     "(53), a new initial mobility domain association with a full authentication")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config = FtConfig(2, "ft-8021x");
        FtRecorder recorder(config, true);
        MobilityRunResult r = RunMobilityScenario(config, recorder.Options());
        const FtRecords& rec = recorder.Records();
        WLC_REQUIRE_EQ(r.roams.size(), 1u, "one roam:\n" << r.roamSummary);
        const RoamRecord& roam = r.roams[0];
        NS_TEST_EXPECT_MSG_EQ(rec.keyUpdatesDropped, 1u, "WLC2 lost WLC1's MobileFtKeyUpdate");
        NS_TEST_EXPECT_MSG_EQ(rec.keysAtWalk.at(1).size(), 0u, "WLC2 had no PMK-R0");
        NS_TEST_EXPECT_MSG_EQ(rec.answers[1],
                              "Auth(AP002,53) ",
                              "WLC2 refused with INVALID_PMKID; no FT Reassociation followed");
        NS_TEST_EXPECT_MSG_EQ(FrameSequence(rec.frames, roam.time),
                              "T:Auth(2,1,0) R:Auth(2,2,53) T:Reassoc R:ReassocResp(0) " +
                                  FullEap() + "R:Key T:Key R:Key T:Key ",
                              "refused, then a reassociation, EAP and the 4-way handshake");
        WLC_REQUIRE_EQ(rec.ftFailed.size(), 1u, "FtFailed once");
        NS_TEST_EXPECT_MSG_EQ(std::get<1>(rec.ftFailed[0]), rec.bssids.at(1), "at AP002");
        NS_TEST_EXPECT_MSG_EQ(rec.ftCompleted.size(), 0u, "no FtCompleted");
        const AirFrame* reassoc = FindFrame(rec.frames, "Reassoc", true, roam.time);
        const AirFrame* response = FindFrame(rec.frames, "ReassocResp", false, roam.time);
        WLC_REQUIRE_EQ((reassoc && response), true, "a Reassociation");
        // a new FT initial mobility domain association, with WLC2 as R0KH
        ExpectBytes(FindElement(reassoc->body, 10, RSNE_ID),
                    ExpectedRsne(AKM_FT_8021X),
                    "request: the FT AKM without PMKR1Name");
        NS_TEST_EXPECT_MSG_EQ(FindElement(reassoc->body, 10, FTE_ID).size(), 0u, "request: no FTE");
        ExpectBytes(FteSubelement(FindElement(response->body, 6, FTE_ID), SUB_R0KH),
                    TextBytes("WLC2"),
                    "response: R0KH-ID WLC2");
        NS_TEST_EXPECT_MSG_EQ(KeyVersions(rec.frames, roam.time),
                              "Key(2,3) Key(2,3) Key(2,3) Key(2,3) ",
                              "the 4-way handshake of the new FT initial association");
        NS_TEST_EXPECT_MSG_EQ(rec.handshakes.size(), 2u, "two 4-way handshakes");
        NS_TEST_EXPECT_MSG_EQ(rec.radiusAtEnd, 2 * rec.radiusAtWalk, "two authentications");
        NS_TEST_EXPECT_MSG_EQ(roam.keyMethod, "8021x", "not an FT roam");
        NS_TEST_EXPECT_MSG_EQ((roam.ftMs < 0 && roam.eapMs > 0), true, "EAP, no FT phase");
        NS_TEST_EXPECT_MSG_EQ(roam.type, "l3", "the Layer 3 roam completed");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(r.wlcs[0].end.entry.mobilityRole),
                              "Anchor",
                              "WLC1 after the roam");
        ExpectDetail(r.wlcs[1].end.detail,
                     {{"Mobility State", "Foreign"},
                      {"Policy Manager State", "RUN"},
                      {"Authentication Key Management", "FT-802.1X"}},
                     "WLC2 after the roam");
        ExpectAddressKept(r, REFERENCE_CLIENT_IP);
        ExpectTraffic(r);
    }
};

/**
 * WLC2 never hears the FT Authentication Requests (its management port loses every tunnelled
 * Authentication frame): the client sends FtAuthenticationAttempts (3) requests,
 * FtAuthenticationTimeout (200 ms) apart, gives up, and reassociates without FT.
 */
class FtUnansweredTestCase : public FtTestCase
{
  public:
    FtUnansweredTestCase()
        : FtTestCase("FT-PSK, WLC2 never hears the FT Authentication: three requests 200 ms "
                     "apart, then a reassociation without FT and the 4-way handshake")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config = FtConfig(2, "ft-psk");
        FtRecorder recorder(config);
        uint32_t lost = 0;
        Ptr<AuthenticationDropper> dropper = CreateObject<AuthenticationDropper>();
        dropper->SetDroppedCallback([&lost]() { ++lost; });
        MobilityRunResult r =
            RunMobilityScenario(config, recorder.Options([dropper](RoamingScenario& scenario) {
                DynamicCast<CsmaNetDevice>(
                    scenario.GetController(1)->GetInterface("management")->port)
                    ->SetReceiveErrorModel(dropper);
            }));
        const FtRecords& rec = recorder.Records();
        WLC_REQUIRE_EQ(r.roams.size(), 1u, "one roam:\n" << r.roamSummary);
        const RoamRecord& roam = r.roams[0];
        NS_TEST_EXPECT_MSG_EQ(lost, 3u, "WLC2 lost the three tunnelled requests");
        NS_TEST_EXPECT_MSG_EQ(rec.answers[1], "", "WLC2 answered nothing");
        NS_TEST_EXPECT_MSG_EQ(FrameSequence(rec.frames, roam.time),
                              "T:Auth(2,1,0) T:Auth(2,1,0) T:Auth(2,1,0) T:Reassoc "
                              "R:ReassocResp(0) R:Key T:Key R:Key T:Key ",
                              "three unanswered requests, then a reassociation and the 4-way");
        std::vector<Time> requests;
        for (const AirFrame& f : rec.frames)
        {
            if (f.time >= roam.time && f.sent && f.kind == "Auth")
            {
                requests.push_back(f.time);
            }
        }
        WLC_REQUIRE_EQ(requests.size(), 3u, "three FT Authentication Requests");
        for (std::size_t i = 1; i < requests.size(); ++i)
        {
            double gap = (requests[i] - requests[i - 1]).GetSeconds() * 1000;
            NS_TEST_EXPECT_MSG_EQ_TOL(gap, 200.0, 5.0, "FtAuthenticationTimeout between requests");
        }
        WLC_REQUIRE_EQ(rec.ftFailed.size(), 1u, "FtFailed once");
        NS_TEST_EXPECT_MSG_EQ(std::get<1>(rec.ftFailed[0]), rec.bssids.at(1), "at AP002");
        NS_TEST_EXPECT_MSG_EQ(std::get<2>(rec.ftFailed[0]),
                              "no FT Authentication Response",
                              "the reason");
        NS_TEST_EXPECT_MSG_GT(std::get<0>(rec.ftFailed[0]) - requests.back(),
                              MilliSeconds(199),
                              "the client waited for the last request's answer");
        const AirFrame* reassoc = FindFrame(rec.frames, "Reassoc", true, roam.time);
        WLC_REQUIRE_EQ((reassoc != nullptr), true, "a Reassociation Request");
        NS_TEST_EXPECT_MSG_EQ(FindElement(reassoc->body, 10, FTE_ID).size(),
                              0u,
                              "no FTE: a new initial mobility domain association");
        NS_TEST_EXPECT_MSG_EQ(KeyVersions(rec.frames, roam.time),
                              "Key(2,3) Key(2,3) Key(2,3) Key(2,3) ",
                              "its 4-way handshake with the FT keys");
        NS_TEST_EXPECT_MSG_EQ(rec.ftCompleted.size(), 0u, "no FtCompleted");
        NS_TEST_EXPECT_MSG_EQ(roam.keyMethod, "psk", "not an FT roam");
        NS_TEST_EXPECT_MSG_GT(roam.l2Ms, 600.0, "the three timeouts are in the Layer 2 gap");
        NS_TEST_EXPECT_MSG_EQ(roam.type, "l3", "the Layer 3 roam completed");
        ExpectDetail(r.wlcs[1].end.detail,
                     {{"Mobility State", "Foreign"},
                      {"Policy Manager State", "RUN"},
                      {"Authentication Key Management", "FT-PSK"}},
                     "WLC2 after the roam");
        ExpectAddressKept(r, REFERENCE_CLIENT_IP);
        ExpectTraffic(r);
    }
};

/// FT-802.1X on to a third controller: every member got the PMK-R0 from WLC1, the R0KH.
class FtThirdControllerTestCase : public FtTestCase
{
  public:
    FtThirdControllerTestCase()
        : FtTestCase("FT-802.1X walk AP001 (WLC1) -> AP002 (WLC2) -> AP003 (WLC3) on channels "
                     "36, 44, 149: two FT roams with WLC1's PMK-R0, one authentication")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config = FtConfig(3, "ft-8021x");
        config.apChannels = {36, 44, 149};
        FtRecorder recorder(config);
        MobilityRunResult r = RunMobilityScenario(config, recorder.Options());
        const FtRecords& rec = recorder.Records();
        WLC_REQUIRE_EQ(r.roams.size(), 2u, "two roams:\n" << r.roamSummary);
        for (const RoamRecord& roam : r.roams)
        {
            NS_TEST_EXPECT_MSG_EQ(roam.type + "," + roam.keyMethod, "l3,ft", roam.toAp);
        }
        NS_TEST_EXPECT_MSG_EQ(r.roams[1].fromAp + ">" + r.roams[1].toAp, "AP002>AP003", "APs");
        NS_TEST_EXPECT_MSG_EQ(CountFrames(r.routerPort.at(80), IsMobilityMessage(FT_KEY_UPDATE)),
                              2u,
                              "WLC1's MobileFtKeyUpdate to WLC2 and WLC3");
        WLC_REQUIRE_EQ(rec.keysAtWalk.at(0).size(), 16u, "WLC1's PMKR0Name");
        ExpectBytes(rec.keysAtWalk[1], rec.keysAtWalk[0], "WLC2 held WLC1's PMK-R0");
        ExpectBytes(rec.keysAtWalk[2], rec.keysAtWalk[0], "WLC3 too");
        NS_TEST_EXPECT_MSG_EQ(rec.answers[1] + rec.answers[2],
                              "Auth(AP002,0) Reassoc(AP002,0) Auth(AP003,0) Reassoc(AP003,0) ",
                              "the FT answers of WLC2, then WLC3");
        const AirFrame* auth = FindFrame(rec.frames, "Auth", true, r.roams[1].time);
        WLC_REQUIRE_NE(auth, nullptr, "the second roam's FT Authentication");
        ExpectBytes(FindElement(auth->body, 6, RSNE_ID),
                    ExpectedRsne(AKM_FT_8021X, {rec.keysAtWalk[0]}),
                    "still WLC1's PMKR0Name");
        NS_TEST_EXPECT_MSG_EQ(rec.ftCompleted.size(), 2u, "two FT roams");
        NS_TEST_EXPECT_MSG_EQ(rec.handshakes.size(), 1u, "one 4-way handshake");
        NS_TEST_EXPECT_MSG_EQ(rec.radiusAtEnd, rec.radiusAtWalk, "no RADIUS request at a roam");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(r.wlcs[0].end.entry.mobilityRole),
                              "Anchor",
                              "WLC1 at the end");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(r.wlcs[2].end.entry.mobilityRole),
                              "Foreign",
                              "WLC3 at the end");
        ExpectAddressKept(r, REFERENCE_CLIENT_IP);
        ExpectTraffic(r);
    }
};

/// A client without FastTransition on the FT WLAN: the plain AKM, a 4-way handshake each time.
class NonFtClientTestCase : public FtTestCase
{
  public:
    NonFtClientTestCase()
        : FtTestCase("a client without 802.11r on the FT-PSK WLAN: no MDE, no FT Authentication, "
                     "WPA2-PSK's 4-way handshake at each association")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config = FtConfig(1, "ft-psk");
        FtRecorder recorder(config);
        bool ftWlan = false;
        MobilityRunResult r = RunMobilityScenario(config, recorder.Options([&](RoamingScenario& s) {
            s.GetSupplicant(0)->SetAttribute("FastTransition", BooleanValue(false));
            ftWlan = s.GetController(0)->GetWlan(config.wlanId)->fastTransition;
        }));
        const FtRecords& rec = recorder.Records();
        NS_TEST_EXPECT_MSG_EQ(ftWlan, true, "the WLAN has 802.11r on");
        WLC_REQUIRE_EQ(r.roams.size(), 1u, "one roam:\n" << r.roamSummary);
        const RoamRecord& roam = r.roams[0];
        const AirFrame* request = FindFrame(rec.frames, "Assoc", true);
        const AirFrame* response = FindFrame(rec.frames, "AssocResp", false);
        WLC_REQUIRE_EQ((request && response), true, "an association");
        NS_TEST_EXPECT_MSG_EQ(FindElement(request->body, 4, MDE_ID).size(), 0u, "no MDE");
        NS_TEST_EXPECT_MSG_EQ(FindElement(response->body, 6, FTE_ID).size(), 0u, "no FTE back");
        NS_TEST_EXPECT_MSG_EQ(
            FrameSequence(rec.frames, response->time + NanoSeconds(1), r.walkStart),
            "R:Key T:Key R:Key T:Key ",
            "the first association's 4-way handshake");
        NS_TEST_EXPECT_MSG_EQ(FrameSequence(rec.frames, roam.time),
                              "T:Reassoc R:ReassocResp(0) R:Key T:Key R:Key T:Key ",
                              "the roam: no Authentication, a 4-way handshake");
        NS_TEST_EXPECT_MSG_EQ(KeyVersions(rec.frames, Time()),
                              "Key(2,2) Key(2,2) Key(2,2) Key(2,2) Key(2,2) Key(2,2) Key(2,2) "
                              "Key(2,2) ",
                              "EAPOL-Key descriptor version 2 (HMAC-SHA1-128): the PSK AKM");
        NS_TEST_EXPECT_MSG_EQ(rec.handshakes.size(), 2u, "two 4-way handshakes");
        NS_TEST_EXPECT_MSG_EQ(rec.ftCompleted.size() + rec.ftFailed.size(), 0u, "no FT");
        NS_TEST_EXPECT_MSG_EQ(rec.answers[0], "", "no FT exchange at WLC1");
        NS_TEST_EXPECT_MSG_EQ(roam.keyMethod, "psk", "a WPA2-PSK roam");
        NS_TEST_EXPECT_MSG_GT(roam.fourWayMs, 0.0, "with a 4-way handshake");
        ExpectDetail(r.wlcs[0].end.detail,
                     {{"AP Name", "AP002"},
                      {"Policy Manager State", "RUN"},
                      {"Authentication Key Management", "PSK"}},
                     "WLC1 after the roam");
        ExpectAddressKept(r, REFERENCE_CLIENT_IP);
        ExpectTraffic(r);
    }
};

/// FT against a full key exchange at the roam, in the same scenario (within WLC1).
class FtShorterTestCase : public FtTestCase
{
  public:
    FtShorterTestCase()
        : FtTestCase("FT opens the port at the reassociation, sooner than WPA2-PSK's 4-way "
                     "handshake; FT-802.1X reaches it sooner after leaving AP001 than 802.1X")
    {
    }

  private:
    void DoRun() override
    {
        std::map<std::string, RoamRecord> roams;
        for (std::string method : {"psk", "ft-psk", "8021x", "ft-8021x"})
        {
            MobilityRunResult r = RunMobilityScenario(FtConfig(1, method));
            WLC_REQUIRE_EQ(r.roams.size(), 1u, method << ": one roam:\n" << r.roamSummary);
            roams[method] = r.roams[0];
        }
        const RoamRecord& psk = roams["psk"];
        const RoamRecord& ftPsk = roams["ft-psk"];
        NS_TEST_EXPECT_MSG_EQ(psk.keyMethod + "," + ftPsk.keyMethod, "psk,ft", "key methods");
        NS_TEST_EXPECT_MSG_GT(psk.authMs, 0.5, "the 4-way handshake: two controller round trips");
        NS_TEST_EXPECT_MSG_LT(ftPsk.authMs, psk.authMs, "association to port authorized");
        NS_TEST_EXPECT_MSG_LT(ftPsk.readyMs, psk.readyMs, "association to RUN");
        // Leaving AP001 to the port authorized, FT Authentication included. (Not for FT-PSK: its
        // four management frames with RSNE, MDE and FTE, at the basic rate, take longer here
        // than a 4-way handshake without processing time at either end.)
        const RoamRecord& dot1x = roams["8021x"];
        const RoamRecord& ft8021x = roams["ft-8021x"];
        NS_TEST_EXPECT_MSG_EQ(dot1x.keyMethod + "," + ft8021x.keyMethod, "8021x,ft", "methods");
        NS_TEST_EXPECT_MSG_LT(ft8021x.l2Ms + ft8021x.authMs,
                              dot1x.l2Ms + dot1x.authMs,
                              "FT-802.1X against EAP and the 4-way handshake");
        NS_TEST_EXPECT_MSG_LT(ft8021x.downlinkGapMs, dot1x.downlinkGapMs, "downlink gap");
    }
};

/// 802.11r FT over the air in the campus network.
class FtSystemTestSuite : public TestSuite
{
  public:
    FtSystemTestSuite()
        : TestSuite("wlc-ft-system", WLC_TEST_SYSTEM)
    {
        AddTestCase(new FtPskRoamTestCase(1), WLC_TEST_QUICK);
        AddTestCase(new FtPskRoamTestCase(2), WLC_TEST_QUICK);
        AddTestCase(new Ft8021xRoamTestCase, WLC_TEST_QUICK);
        AddTestCase(new FtFallbackTestCase, WLC_TEST_QUICK);
        AddTestCase(new FtUnansweredTestCase, WLC_TEST_QUICK);
        AddTestCase(new FtThirdControllerTestCase, WLC_TEST_QUICK);
        AddTestCase(new NonFtClientTestCase, WLC_TEST_QUICK);
        AddTestCase(new FtShorterTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
FtSystemTestSuite g_ftSystemTestSuite;

} // namespace
