/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * System tests of the CAPWAP session between a controller and its lightweight APs (RFC 5415
 * §2.3): the join state machine on both sides, the AP table, the session's keep-alive over
 * several Echo intervals, the loss of the controller and a controller-initiated reset.
 */

#include "wlc-system-test-fixture.h"

#include "ns3/ipv4.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <sstream>

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

using State = CapwapWtp::State;

/// One WTP state change.
struct WtpTransition
{
    Time time;    //!< when
    State from;   //!< state left
    State to;     //!< state entered
    bool radioOn; //!< whether the radio was on right after the change
};

/// \param transitions WTP state changes \return "Idle->Discovery@0.000 ..." for messages
std::string
TransitionsText(const std::vector<WtpTransition>& transitions)
{
    std::ostringstream os;
    for (const auto& t : transitions)
    {
        os << CapwapWtp::StateName(t.from) << "->" << CapwapWtp::StateName(t.to) << "@"
           << t.time.GetSeconds() << " ";
    }
    return os.str();
}

/// \param states AC session states \return "JOIN CONFIGURE ..." for messages
std::string
AcStatesText(const std::vector<ApSessionState>& states)
{
    std::ostringstream os;
    for (auto s : states)
    {
        os << ApSessionStateName(s) << " ";
    }
    return os.str();
}

/// The join sequence of RFC 5415 §2.3 without DTLS, as (from, to) pairs.
const std::vector<std::pair<State, State>> JOIN_SEQUENCE = {
    {State::IDLE, State::DISCOVERY},
    {State::DISCOVERY, State::JOIN},
    {State::JOIN, State::CONFIGURE},
    {State::CONFIGURE, State::DATA_CHECK},
    {State::DATA_CHECK, State::RUN},
};

/// The AC's view of one join.
const std::vector<ApSessionState> AC_JOIN_SEQUENCE = {ApSessionState::JOIN,
                                                      ApSessionState::CONFIGURE,
                                                      ApSessionState::DATA_CHECK,
                                                      ApSessionState::RUN};

/// What the traces of one scenario recorded.
struct JoinRecorder
{
    std::vector<std::vector<WtpTransition>> wtp;                  //!< per AP index
    std::map<std::string, std::vector<ApSessionState>> ac;        //!< per AP name
    std::vector<std::pair<Time, std::string>> joined;             //!< ApJoined
    std::vector<std::tuple<Time, std::string, std::string>> lost; //!< ApLost

    /// \param scenario the scenario to watch (built)
    void Watch(const RoamingScenario& scenario)
    {
        wtp.resize(scenario.GetNAps());
        for (uint32_t i = 0; i < scenario.GetNAps(); ++i)
        {
            Ptr<CapwapWtp> w = scenario.GetWtp(i);
            w->TraceConnectWithoutContext(
                "StateChanged",
                Callback<void, State, State>([this, i, w](State from, State to) {
                    wtp[i].push_back({Simulator::Now(), from, to, w->GetRadio()->IsEnabled()});
                }));
        }
        Ptr<WirelessLanController> wlc = scenario.GetController(0);
        wlc->GetAccessController()->TraceConnectWithoutContext(
            "ApStateChanged",
            Callback<void, const std::string&, ApSessionState>(
                [this](const std::string& name, ApSessionState state) {
                    ac[name].push_back(state);
                }));
        wlc->TraceConnectWithoutContext(
            "ApJoined",
            Callback<void, const std::string&>(
                [this](const std::string& name) { joined.emplace_back(Simulator::Now(), name); }));
        wlc->TraceConnectWithoutContext(
            "ApLost",
            Callback<void, const std::string&, const std::string&>(
                [this](const std::string& name, const std::string& reason) {
                    lost.emplace_back(Simulator::Now(), name, reason);
                }));
    }
};

/**
 * Both APs join; the AP table is right; the session survives past 2 x NeighborDeadInterval with
 * answered Echo Requests; `config ap reset AP001` reboots AP001, the controller drops it and it
 * joins again after RebootTime while AP002 is untouched.
 */
class CapwapJoinAndResetTestCase : public TestCase
{
  public:
    CapwapJoinAndResetTestCase()
        : TestCase("two APs join, keep their session, AP001 is reset and joins again")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario scenario(StayingClientConfig(Seconds(1)));
        scenario.Build();
        Ptr<WirelessLanController> wlc = scenario.GetController(0);
        WireTap tap(VlanChannel(wlc, "management"), Mac48Address("02:00:00:00:99:01"));
        JoinRecorder rec;
        rec.Watch(scenario);

        // the AP table once both joined
        std::vector<ApEntry> table;
        Simulator::Schedule(Seconds(30), [&]() {
            for (const ApEntry* ap : wlc->GetAps().GetAll())
            {
                table.push_back(*ap);
            }
        });
        // the session after more than 2 x NeighborDeadInterval (60 s)
        std::vector<State> statesAt125;
        std::size_t lostAt125 = 0;
        std::vector<ApSessionState> acStatesAt125;
        Simulator::Schedule(Seconds(125), [&]() {
            for (uint32_t i = 0; i < scenario.GetNAps(); ++i)
            {
                statesAt125.push_back(scenario.GetWtp(i)->GetState());
            }
            lostAt125 = rec.lost.size();
            for (const ApEntry* ap : wlc->GetAps().GetAll())
            {
                acStatesAt125.push_back(ap->state);
            }
        });
        const Time resetAt = Seconds(130);
        bool resetKnown = false;
        bool resetUnknown = true;
        Simulator::Schedule(resetAt, [&]() {
            resetKnown = wlc->ResetAp("AP001");
            resetUnknown = wlc->ResetAp("AP999");
        });
        Simulator::Stop(Seconds(220));
        Simulator::Run();

        // --- WTP state machines: the RFC 5415 join sequence, in order
        for (uint32_t i = 0; i < 2; ++i)
        {
            const auto& t = rec.wtp[i];
            std::string what = "AP00" + std::to_string(i + 1) + ": " + TransitionsText(t);
            NS_TEST_ASSERT_MSG_GT_OR_EQ(t.size(), JOIN_SEQUENCE.size(), what);
            if (t.size() < JOIN_SEQUENCE.size())
            {
                Simulator::Destroy(); // the checks below need it
                return;
            }
            for (std::size_t k = 0; k < JOIN_SEQUENCE.size(); ++k)
            {
                NS_TEST_EXPECT_MSG_EQ(
                    (t[k].from == JOIN_SEQUENCE[k].first && t[k].to == JOIN_SEQUENCE[k].second),
                    true,
                    what << " (transition " << k << ")");
            }
            NS_TEST_EXPECT_MSG_EQ(t[0].time, Seconds(0), what);
            NS_TEST_EXPECT_MSG_LT(t[4].time, Seconds(15), "joined late: " << what);
            NS_TEST_EXPECT_MSG_EQ(t[4].radioOn, false, "radio on before the WLAN: " << what);
        }
        // AP002 never left Run
        NS_TEST_EXPECT_MSG_EQ(rec.wtp[1].size(), 5, TransitionsText(rec.wtp[1]));
        NS_TEST_EXPECT_MSG_EQ(scenario.GetWtp(1)->GetState(), State::RUN, "AP002 at the end");
        NS_TEST_EXPECT_MSG_EQ(scenario.GetWtp(1)->GetRadio()->IsEnabled(), true, "AP002 radio");

        // --- the AC's session states per AP
        NS_TEST_EXPECT_MSG_EQ(AcStatesText(rec.ac["AP002"]),
                              AcStatesText(AC_JOIN_SEQUENCE),
                              "ApStateChanged of AP002");
        std::vector<ApSessionState> twice = AC_JOIN_SEQUENCE;
        twice.insert(twice.end(), AC_JOIN_SEQUENCE.begin(), AC_JOIN_SEQUENCE.end());
        NS_TEST_EXPECT_MSG_EQ(AcStatesText(rec.ac["AP001"]),
                              AcStatesText(twice),
                              "ApStateChanged of AP001 (joined, reset, joined again)");

        // --- the AP table
        NS_TEST_ASSERT_MSG_EQ(table.size(), 2, "AP table at 30 s");
        if (table.size() != 2)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }

        struct Expected
        {
            std::string name;
            Ipv4Address ip;
            Mac48Address ethernet;
            Mac48Address bssid;
        };

        std::vector<Expected> expected = {
            {"AP001",
             Ipv4Address("10.99.80.11"),
             Mac48Address("aa:22:bd:98:3a:30"),
             Mac48Address("00:22:bd:98:3a:38")},
            {"AP002",
             Ipv4Address("10.99.80.12"),
             Mac48Address("00:3a:99:14:13:70"),
             Mac48Address("00:3a:99:14:13:77")},
        };
        std::vector<ControlRecord> control = ControlMessages(tap.GetFrames());
        for (std::size_t i = 0; i < expected.size(); ++i)
        {
            const ApEntry& ap = table[i];
            NS_TEST_EXPECT_MSG_EQ(ap.name, expected[i].name, "AP table entry " << i);
            NS_TEST_EXPECT_MSG_EQ(ap.ip, expected[i].ip, ap.name);
            NS_TEST_EXPECT_MSG_EQ(ap.ethernetMac, expected[i].ethernet, ap.name);
            NS_TEST_EXPECT_MSG_EQ(ap.radioMac, expected[i].bssid, ap.name);
            NS_TEST_EXPECT_MSG_EQ(ap.radioMac, scenario.GetWtp(i)->GetRadio()->GetBssid(), ap.name);
            NS_TEST_EXPECT_MSG_EQ(ap.channel, 36, ap.name);
            NS_TEST_EXPECT_MSG_EQ((ap.state == ApSessionState::RUN), true, ap.name);
            NS_TEST_EXPECT_MSG_NE(ap.dataPort, 0, ap.name << " data port");
            // the control port is the one the AP's Join Request came from
            bool joinFromPort = false;
            for (const auto& m : control)
            {
                joinFromPort |= m.type == uint32_t(CapwapMessageType::JOIN_REQUEST) &&
                                m.source == ap.ip && m.sourcePort == ap.controlPort;
            }
            NS_TEST_EXPECT_MSG_EQ(joinFromPort,
                                  true,
                                  ap.name << " control port " << ap.controlPort);
        }

        // --- the session survived 2 x NeighborDeadInterval: Echo Requests answered
        NS_TEST_EXPECT_MSG_EQ(lostAt125, 0, "an AP was lost before 125 s");
        NS_TEST_ASSERT_MSG_EQ(statesAt125.size(), 2, "states at 125 s");
        if (statesAt125.size() != 2)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        for (uint32_t i = 0; i < 2; ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(statesAt125[i], State::RUN, "AP index " << i << " at 125 s");
        }
        NS_TEST_EXPECT_MSG_EQ(acStatesAt125.size(), 2, "AP table at 125 s");
        for (auto s : acStatesAt125)
        {
            NS_TEST_EXPECT_MSG_EQ((s == ApSessionState::RUN), true, "AC state at 125 s");
        }
        for (const auto& e : expected)
        {
            uint32_t requests = 0;
            uint32_t answered = 0;
            for (const auto& m : control)
            {
                if (m.time > Seconds(125) || m.source != e.ip ||
                    m.type != uint32_t(CapwapMessageType::ECHO_REQUEST))
                {
                    continue;
                }
                ++requests;
                for (const auto& r : control)
                {
                    if (r.type == uint32_t(CapwapMessageType::ECHO_RESPONSE) &&
                        r.destination == e.ip && r.sequence == m.sequence && r.time >= m.time &&
                        r.time < m.time + Seconds(1))
                    {
                        ++answered;
                        break;
                    }
                }
            }
            // Run at < 15 s, EchoInterval 30 s: Echo Requests at about 37, 67, 97 s
            NS_TEST_EXPECT_MSG_GT_OR_EQ(requests, 3, e.name << " Echo Requests before 125 s");
            NS_TEST_EXPECT_MSG_EQ(answered, requests, e.name << " Echo Requests answered");
        }

        // --- the reset
        NS_TEST_EXPECT_MSG_EQ(resetKnown, true, "ResetAp(\"AP001\")");
        NS_TEST_EXPECT_MSG_EQ(resetUnknown, false, "ResetAp of an AP that is not joined");
        bool resetRequest = false;
        bool resetResponse = false;
        for (const auto& m : control)
        {
            resetRequest |= m.type == uint32_t(CapwapMessageType::RESET_REQUEST) &&
                            m.source == WLC1_ADDRESS && m.destination == expected[0].ip;
            resetResponse |= m.type == uint32_t(CapwapMessageType::RESET_RESPONSE) &&
                             m.source == expected[0].ip && m.destination == WLC1_ADDRESS;
        }
        NS_TEST_EXPECT_MSG_EQ(resetRequest, true, "Reset Request to AP001 on the wire");
        NS_TEST_EXPECT_MSG_EQ(resetResponse, true, "Reset Response from AP001 on the wire");
        NS_TEST_ASSERT_MSG_EQ(rec.lost.size(), 1, "ApLost traces");
        if (rec.lost.size() != 1)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(std::get<1>(rec.lost[0]), "AP001", "the AP lost");
        NS_TEST_EXPECT_MSG_EQ(std::get<2>(rec.lost[0]), "reset by the controller", "ApLost reason");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(std::get<0>(rec.lost[0]), resetAt, "ApLost time");
        NS_TEST_EXPECT_MSG_LT(std::get<0>(rec.lost[0]), resetAt + Seconds(1), "ApLost time");

        const auto& ap1 = rec.wtp[0];
        std::string what = "AP001: " + TransitionsText(ap1);
        // join (5), Run -> Rebooting, Rebooting -> Discovery, join again without Idle (4)
        NS_TEST_ASSERT_MSG_EQ(ap1.size(), 5 + 1 + 1 + 4, what);
        if (ap1.size() != 5 + 1 + 1 + 4)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        // Run -> Rebooting at the Reset Request, radio off
        NS_TEST_EXPECT_MSG_EQ((ap1[5].from == State::RUN && ap1[5].to == State::REBOOTING),
                              true,
                              what);
        NS_TEST_EXPECT_MSG_GT_OR_EQ(ap1[5].time, resetAt, what);
        NS_TEST_EXPECT_MSG_LT(ap1[5].time, resetAt + Seconds(1), what);
        NS_TEST_EXPECT_MSG_EQ(ap1[5].radioOn, false, "AP001 radio while rebooting");
        // Rebooting -> Discovery after RebootTime (60 s), then the join sequence again
        NS_TEST_EXPECT_MSG_EQ((ap1[6].from == State::REBOOTING && ap1[6].to == State::DISCOVERY),
                              true,
                              what);
        Time rebootTime = ap1[6].time - ap1[5].time;
        NS_TEST_EXPECT_MSG_EQ(rebootTime, Seconds(60), "RebootTime: " << what);
        for (std::size_t k = 1; k < JOIN_SEQUENCE.size(); ++k)
        {
            NS_TEST_EXPECT_MSG_EQ((ap1[6 + k].from == JOIN_SEQUENCE[k].first &&
                                   ap1[6 + k].to == JOIN_SEQUENCE[k].second),
                                  true,
                                  what << " (rejoin transition " << k << ")");
        }
        NS_TEST_EXPECT_MSG_EQ(scenario.GetWtp(0)->GetState(), State::RUN, "AP001 at the end");
        NS_TEST_EXPECT_MSG_EQ(scenario.GetWtp(0)->GetRadio()->IsEnabled(), true, "AP001 radio");
        uint32_t joined1 = 0;
        uint32_t joined2 = 0;
        for (const auto& [time, name] : rec.joined)
        {
            joined1 += name == "AP001";
            joined2 += name == "AP002";
        }
        NS_TEST_EXPECT_MSG_EQ(joined1, 2, "ApJoined of AP001");
        NS_TEST_EXPECT_MSG_EQ(joined2, 1, "ApJoined of AP002");
        NS_TEST_EXPECT_MSG_EQ(wlc->GetAps().GetN(), 2, "AP table at the end");
        const ApEntry* again = wlc->GetAps().FindByName("AP001");
        NS_TEST_ASSERT_MSG_NE(again, nullptr, "AP001 in the table at the end");
        if (!again)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        NS_TEST_EXPECT_MSG_EQ((again->state == ApSessionState::RUN), true, "AP001 at the end");
        NS_TEST_EXPECT_MSG_GT(again->joinedAt, resetAt + Seconds(60), "AP001 joined again");
        Simulator::Destroy();
    }
};

/**
 * The controller's management port goes down: each WTP gives its Echo Request up after
 * MaxRetransmit retransmissions, (MaxRetransmit + 1) x RetransmitInterval after sending it,
 * switches its radio off and discovers again; the controller drops the silent APs after
 * NeighborDeadInterval; when the port comes back the APs join again.
 */
class CapwapControllerLossTestCase : public TestCase
{
  public:
    CapwapControllerLossTestCase()
        : TestCase("controller loss: Echo retransmissions, radio off, discovery, rejoin")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario scenario(StayingClientConfig(Seconds(1)));
        scenario.Build();
        Ptr<WirelessLanController> wlc = scenario.GetController(0);
        WireTap tap(VlanChannel(wlc, "management"), Mac48Address("02:00:00:00:99:02"));
        JoinRecorder rec;
        rec.Watch(scenario);
        Ptr<Ipv4> ipv4 = wlc->GetNode()->GetObject<Ipv4>();
        int32_t management = ipv4->GetInterfaceForDevice(wlc->GetInterface("management")->port);
        NS_TEST_ASSERT_MSG_GT_OR_EQ(management, 0, "management interface");
        if (management < 0)
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        const Ipv4Address ap1("10.99.80.11");

        // take the port down 25 s after an Echo Response to AP001, 5 s before its next Echo
        // Request, so that the Echo Request (not the data channel) detects the loss
        Time down = Seconds(-1);
        Time up = Seconds(-1);
        Simulator::Schedule(Seconds(100), [&]() {
            Time lastResponse = Seconds(-1);
            for (const auto& m : ControlMessages(tap.GetFrames()))
            {
                if (m.type == uint32_t(CapwapMessageType::ECHO_RESPONSE) && m.destination == ap1)
                {
                    lastResponse = m.time;
                }
            }
            if (lastResponse.IsStrictlyNegative())
            {
                return; // no Echo Response to AP001 before 100 s: down stays negative
            }
            down = lastResponse + Seconds(25);
            up = down + Seconds(100);
            Simulator::Schedule(down - Simulator::Now(), [&]() { ipv4->SetDown(management); });
            Simulator::Schedule(up - Simulator::Now(), [&]() { ipv4->SetUp(management); });
        });
        Simulator::Stop(Seconds(260));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(down.IsStrictlyPositive(),
                              true,
                              "no Echo Response to AP001 before 100 s");
        if (!down.IsStrictlyPositive())
        {
            Simulator::Destroy(); // the checks below need it
            return;
        }
        std::vector<ControlRecord> control = ControlMessages(tap.GetFrames());
        const Time retransmit = Seconds(capwap::RETRANSMIT_INTERVAL);
        const uint32_t maxRetransmit = capwap::MAX_RETRANSMIT;
        for (uint32_t i = 0; i < 2; ++i)
        {
            Ipv4Address ip(i == 0 ? "10.99.80.11" : "10.99.80.12");
            const auto& t = rec.wtp[i];
            std::string what = "AP00" + std::to_string(i + 1) + ": " + TransitionsText(t);
            // the first Echo Request after the port went down, and its retransmissions
            const ControlRecord* echo = nullptr;
            uint32_t copies = 0;
            for (const auto& m : control)
            {
                if (m.type != uint32_t(CapwapMessageType::ECHO_REQUEST) || m.source != ip ||
                    m.time < down)
                {
                    continue;
                }
                if (!echo)
                {
                    echo = &m;
                }
                copies += m.sequence == echo->sequence && m.time < up;
            }
            NS_TEST_ASSERT_MSG_NE(echo, nullptr, "no Echo Request after the port went down");
            if (!echo)
            {
                Simulator::Destroy(); // the checks below need it
                return;
            }
            // leaving Run
            const WtpTransition* leave = nullptr;
            for (const auto& tr : t)
            {
                if (tr.from == State::RUN && tr.time > down)
                {
                    leave = &tr;
                    break;
                }
            }
            NS_TEST_ASSERT_MSG_NE(leave, nullptr, "never left Run: " << what);
            if (!leave)
            {
                Simulator::Destroy(); // the checks below need it
                return;
            }
            NS_TEST_EXPECT_MSG_EQ(leave->to, State::DISCOVERY, what);
            NS_TEST_EXPECT_MSG_EQ(leave->radioOn, false, "radio still on: " << what);
            Time budget = retransmit * (maxRetransmit + 1);
            NS_TEST_EXPECT_MSG_LT_OR_EQ(leave->time - echo->time,
                                        budget + MilliSeconds(1),
                                        "left Run too late after the Echo Request at "
                                            << echo->time.GetSeconds() << " s: " << what);
            if (i == 0)
            {
                // AP001's loss is detected by the Echo Request: all its transmissions were made
                NS_TEST_EXPECT_MSG_EQ(copies, maxRetransmit + 1, "Echo Request transmissions");
                NS_TEST_EXPECT_MSG_GT_OR_EQ(leave->time - echo->time,
                                            budget - MilliSeconds(1),
                                            "gave up before MaxRetransmit: " << what);
            }
            // the AP joined again once the port was up
            bool rejoined = false;
            for (const auto& tr : t)
            {
                rejoined |= tr.to == State::RUN && tr.time > up;
            }
            NS_TEST_EXPECT_MSG_EQ(rejoined, true, "no rejoin after the port came back: " << what);
            NS_TEST_EXPECT_MSG_EQ(scenario.GetWtp(i)->GetState(), State::RUN, what);
        }
        // the controller dropped both silent APs after NeighborDeadInterval
        NS_TEST_EXPECT_MSG_EQ(rec.lost.size(), 2, "ApLost traces");
        for (const auto& [time, name, reason] : rec.lost)
        {
            NS_TEST_EXPECT_MSG_EQ(reason, "no message for NeighborDeadInterval", name);
            NS_TEST_EXPECT_MSG_GT(time,
                                  down + Seconds(capwap::NEIGHBOR_DEAD_INTERVAL) -
                                      Seconds(capwap::ECHO_INTERVAL),
                                  name << " lost too early");
            NS_TEST_EXPECT_MSG_LT(time, up, name << " lost too late");
        }
        NS_TEST_EXPECT_MSG_EQ(wlc->GetAps().GetN(), 2, "AP table at the end");
        Simulator::Destroy();
    }
};

/// The suite.
class CapwapJoinTestSuite : public TestSuite
{
  public:
    CapwapJoinTestSuite()
        : TestSuite("wlc-capwap-join", WLC_TEST_SYSTEM)
    {
        AddTestCase(new CapwapJoinAndResetTestCase, WLC_TEST_QUICK);
        AddTestCase(new CapwapControllerLossTestCase, WLC_TEST_QUICK);
    }
};

/// Static instance.
CapwapJoinTestSuite g_capwapJoinTestSuite;

} // namespace
