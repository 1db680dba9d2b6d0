/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * System tests of the mobility protocol when things go wrong:
 * - lost messages: the first MobileAnnounce, MobileHandoff or MobileHandoffAck of the reference
 *   roam is dropped on the way (a receive error model on a controller's management port that
 *   drops exactly that datagram); retransmission completes the handoff, one RetransmitInterval
 *   later than without the loss;
 * - unanswered announces: a client's first association makes it Local after
 *   (MaxRetransmit + 1) x RetransmitInterval, with an address of that controller's VLAN, when no
 *   member answers (members that do not know the client, or a member that is stopped);
 * - messages from a host that is not a member, or with another group id: MobileAnnounce and
 *   MobileHandoff written with MobilityMessage and sent from a UDP socket are dropped and counted
 *   with their reason and change nothing, while the same messages from a member of the group
 *   with the group's id are answered;
 * - keep-alives: a member that stops answering is marked down after KeepAliveCount x
 *   KeepAliveInterval; a member whose path fails and recovers is down, then up again. (ns-3
 *   applications cannot be restarted, so a stopped controller cannot come back.)
 */

#include "wlc-mobility-test-fixture.h"

#include "ns3/csma-net-device.h"
#include "ns3/double.h"
#include "ns3/enum.h"
#include "ns3/error-model.h"
#include "ns3/test.h"
#include "ns3/uinteger.h"
#include "ns3/wlc-ns3-compat.h"

#include <memory>

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

/**
 * A receive error model that drops the first mobility message of one type (UDP to port 16666
 * whose first byte is the type) and nothing else.
 */
class FirstMobilityMessageDropper : public ErrorModel
{
  public:
    /// \return the TypeId
    static TypeId GetTypeId()
    {
        static TypeId tid = TypeId("ns3::wlctest::FirstMobilityMessageDropper")
                                .SetParent<ErrorModel>()
                                .SetGroupName("Wlc");
        return tid;
    }

    /// \param type the message type to drop
    void SetType(MobilityMessageType type)
    {
        m_type = static_cast<uint8_t>(type);
    }

    /// \return when the dropped messages were dropped
    const std::vector<Time>& GetDropped() const
    {
        return m_dropped;
    }

  private:
    bool DoCorrupt(Ptr<Packet> packet) override
    {
        if (!m_dropped.empty())
        {
            return false;
        }
        FrameInfo frame = ParseWireFrame(Bytes(packet));
        if (IsMobilityMessage(m_type)(frame))
        {
            m_dropped.push_back(Simulator::Now());
            return true;
        }
        return false;
    }

    void DoReset() override
    {
    }

    uint8_t m_type{0};           //!< the type to drop
    std::vector<Time> m_dropped; //!< drops
};

/**
 * Set an attribute of every controller's MobilityManager.
 * \param scenario a built scenario \param controllers its number of controllers
 * \param name the attribute \param value its value
 */
void
SetOnEveryManager(RoamingScenario& scenario,
                  uint32_t controllers,
                  const std::string& name,
                  const AttributeValue& value)
{
    for (uint32_t k = 0; k < controllers; ++k)
    {
        scenario.GetController(k)->GetMobility()->GetManager()->SetAttribute(name, value);
    }
}

/// \param wlc a controller \return its management port
Ptr<CsmaNetDevice>
ManagementPort(Ptr<WirelessLanController> wlc)
{
    return DynamicCast<CsmaNetDevice>(wlc->GetInterface("management")->port);
}

/**
 * One mobility message of the reference roam is lost on the way.
 */
class LostMessageTestCase : public MobilityTestCase
{
  public:
    /**
     * \param type the message type whose first copy is lost
     * \param receiver the index of the controller that does not receive it
     * \param retransmitInterval RetransmitInterval on every controller
     */
    LostMessageTestCase(MobilityMessageType type, uint32_t receiver, Time retransmitInterval)
        : MobilityTestCase("the first " + MobilityMessageTypeName(static_cast<uint8_t>(type)) +
                           " of the roam is lost; RetransmitInterval " +
                           std::to_string(retransmitInterval.GetMilliSeconds()) + " ms"),
          m_type(type),
          m_receiver(receiver),
          m_interval(retransmitInterval)
    {
    }

  private:
    void DoRun() override
    {
        const Ipv4Address ip = REFERENCE_CLIENT_IP;
        RoamingScenario::Config config = InterControllerConfig(2, 10);
        Time interval = m_interval;
        auto setInterval = [interval](RoamingScenario& scenario) {
            SetOnEveryManager(scenario, 2, "RetransmitInterval", TimeValue(interval));
        };
        // without loss
        MobilityRunOptions plain;
        plain.setup = setInterval;
        MobilityRunResult base = RunMobilityScenario(config, plain);
        WLC_REQUIRE_EQ(base.roams.size(), 1, "roams without loss:\n" << base.roamSummary);
        WLC_MOBTEST_REQUIRE_GT(base.roams[0].mobilityMs, 0, base.roamSummary);

        // with the first message of the type lost
        Ptr<FirstMobilityMessageDropper> dropper = CreateObject<FirstMobilityMessageDropper>();
        dropper->SetType(m_type);
        MobilityRunOptions lossy;
        uint32_t receiver = m_receiver;
        lossy.setup = [&setInterval, dropper, receiver](RoamingScenario& scenario) {
            setInterval(scenario);
            ManagementPort(scenario.GetController(receiver))->SetReceiveErrorModel(dropper);
        };
        MobilityRunResult r = RunMobilityScenario(config, lossy);
        const std::string what = MobilityMessageTypeName(static_cast<uint8_t>(m_type));
        WLC_REQUIRE_EQ(dropper->GetDropped().size(), 1, what << " dropped");
        WLC_REQUIRE_EQ(r.roams.size(), 1, "roams with the loss:\n" << r.roamSummary);
        const RoamRecord& roam = r.roams[0];
        NS_TEST_EXPECT_MSG_GT(dropper->GetDropped()[0], roam.time, "dropped during the roam");
        NS_TEST_EXPECT_MSG_EQ(roam.type, "l3", r.roamSummary);

        // the handoff completes: Foreign at WLC2, Anchor at WLC1, the same address
        const ControllerRecord& wlc1 = r.wlcs.at(0);
        const ControllerRecord& wlc2 = r.wlcs.at(1);
        WLC_REQUIRE_EQ(wlc2.after.present, true, "WLC2's entry");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc2.after.entry.mobilityRole),
                              "Foreign",
                              "WLC2 role");
        NS_TEST_EXPECT_MSG_EQ(wlc2.after.entry.mobilityPeer, WLC1_ADDRESS, "WLC2 anchor");
        NS_TEST_EXPECT_MSG_EQ(wlc2.after.entry.moveCount, 1, "WLC2 move count");
        NS_TEST_EXPECT_MSG_EQ(wlc2.after.entry.ip, ip, "WLC2 IP");
        NS_TEST_EXPECT_MSG_EQ(PemStateName(wlc2.after.entry.pemState), "RUN", "WLC2 PEM");
        WLC_REQUIRE_EQ(wlc1.after.present, true, "WLC1's entry");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc1.after.entry.mobilityRole),
                              "Anchor",
                              "WLC1 role");
        NS_TEST_EXPECT_MSG_EQ(wlc1.removed.size(), 0, "WLC1 removed the client");
        ExpectAddressKept(r, ip);
        ExpectTraffic(r);

        // the exchange: who sent what how often
        const Time t = roam.time;
        std::size_t announcesSent =
            CountItems(wlc2.debug, {"Mobility packet sent to:", "type: 3(MobileAnnounce)"}, t);
        std::size_t announcesReceived =
            CountItems(wlc1.debug, {"Mobility packet received from:", "type: 3("}, t);
        std::size_t handoffsSent =
            CountItems(wlc1.debug, {"Mobility packet sent to:", "type: 5(MobileHandoff)"}, t);
        std::size_t handoffsReceived =
            CountItems(wlc2.debug, {"Mobility packet received from:", "type: 5("}, t);
        std::size_t acksSent =
            CountItems(wlc2.debug, {"Mobility packet sent to:", "type: 6(MobileHandoffAck)"}, t);
        std::size_t acksReceived =
            CountItems(wlc1.debug, {"Mobility packet received from:", "type: 6("}, t);
        std::ostringstream counts;
        counts << "announces " << announcesSent << "/" << announcesReceived << ", handoffs "
               << handoffsSent << "/" << handoffsReceived << ", acks " << acksSent << "/"
               << acksReceived << DebugText(wlc2.debug, t) << DebugText(wlc1.debug, t);
        double delay = (roam.mobilityMs - base.roams[0].mobilityMs);
        double intervalMs = m_interval.GetSeconds() * 1000;
        switch (m_type)
        {
        case MobilityMessageType::MOBILE_ANNOUNCE:
            // WLC2 announces again after RetransmitInterval
            NS_TEST_EXPECT_MSG_EQ(announcesSent, 2, counts.str());
            NS_TEST_EXPECT_MSG_EQ(announcesReceived, 1, counts.str());
            NS_TEST_EXPECT_MSG_EQ(handoffsSent, 1, counts.str());
            NS_TEST_EXPECT_MSG_EQ(acksSent, 1, counts.str());
            NS_TEST_EXPECT_MSG_EQ_TOL(delay, intervalMs, 3, "extra mobility_ms; " << counts.str());
            break;
        case MobilityMessageType::MOBILE_HANDOFF:
            // WLC1 sends the handoff again after RetransmitInterval
            NS_TEST_EXPECT_MSG_EQ(handoffsSent, 2, counts.str());
            NS_TEST_EXPECT_MSG_EQ(handoffsReceived, 1, counts.str());
            NS_TEST_EXPECT_MSG_EQ(acksSent, 1, counts.str());
            NS_TEST_EXPECT_MSG_EQ(acksReceived, 1, counts.str());
            NS_TEST_EXPECT_MSG_EQ_TOL(delay, intervalMs, 3, "extra mobility_ms; " << counts.str());
            break;
        default:
            // the ack is lost: WLC2 is done at once, WLC1 sends the handoff again and WLC2
            // acknowledges the duplicate without taking it twice
            NS_TEST_EXPECT_MSG_EQ(handoffsSent, 2, counts.str());
            NS_TEST_EXPECT_MSG_EQ(handoffsReceived, 2, counts.str());
            NS_TEST_EXPECT_MSG_EQ(acksSent, 2, counts.str());
            NS_TEST_EXPECT_MSG_EQ(acksReceived, 1, counts.str());
            NS_TEST_EXPECT_MSG_EQ_TOL(delay, 0, 1, "extra mobility_ms; " << counts.str());
            NS_TEST_EXPECT_MSG_EQ(wlc2.handoffs.size(), 1, "WLC2 took the handoff once");
            NS_TEST_EXPECT_MSG_EQ(wlc2.roles.size(), 1, "WLC2 roles:" << RolesText(wlc2.roles));
            NS_TEST_EXPECT_MSG_EQ(CountItems(wlc1.debug, {"Role Anchor(2)"}, t),
                                  1,
                                  "WLC1's mobility response once the ack arrives; "
                                      << counts.str());
            break;
        }
    }

    MobilityMessageType m_type; //!< the lost message's type
    uint32_t m_receiver;        //!< the controller that does not receive it
    Time m_interval;            //!< RetransmitInterval
};

/**
 * A client's first association: the announce goes unanswered and the client becomes Local
 * after (MaxRetransmit + 1) x RetransmitInterval.
 */
class UnansweredAnnounceTestCase : public MobilityTestCase
{
  public:
    /**
     * \param stopOther stop WLC1 before the client associates (at WLC2); otherwise the
     *        client associates at WLC1 and WLC2, which does not know it, stays silent
     * \param maxRetransmit MaxRetransmit \param interval RetransmitInterval
     */
    UnansweredAnnounceTestCase(bool stopOther, uint32_t maxRetransmit, Time interval)
        : MobilityTestCase(std::string("first association, ") +
                           (stopOther ? "at WLC2 with WLC1 stopped"
                                      : "at WLC1 with WLC2 not knowing the client") +
                           ": Local after (" + std::to_string(maxRetransmit) + " + 1) x " +
                           std::to_string(interval.GetMilliSeconds()) + " ms"),
          m_stopOther(stopOther),
          m_maxRetransmit(maxRetransmit),
          m_interval(interval)
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config = InterControllerConfig(2, 10);
        if (m_stopOther)
        {
            // the client stands next to AP002 (the walk's end) and never moves
            config.clientStart = config.apSpacing - 5;
            config.walkStart = Seconds(12);
        }
        MobilityRunOptions options;
        // before the client walks (it roams away from WLC1 later in the run without WLC1 stopped)
        options.afterAt = config.walkStart - Seconds(1);
        uint32_t maxRetransmit = m_maxRetransmit;
        Time interval = m_interval;
        bool stopOther = m_stopOther;
        options.setup = [maxRetransmit, interval, stopOther](RoamingScenario& scenario) {
            SetOnEveryManager(scenario, 2, "MaxRetransmit", UintegerValue(maxRetransmit));
            SetOnEveryManager(scenario, 2, "RetransmitInterval", TimeValue(interval));
            if (stopOther)
            {
                scenario.GetController(0)->SetStopTime(Seconds(1));
            }
        };
        MobilityRunResult r = RunMobilityScenario(config, options);
        const uint32_t home = m_stopOther ? 1 : 0;
        const ControllerRecord& wlc = r.wlcs.at(home);
        const ControllerRecord& other = r.wlcs.at(1 - home);
        const uint16_t vlan = m_stopOther ? 84 : 81;
        const Ipv4Address ip = CampusAddress(vlan, 40);
        const Time expected = m_interval * (m_maxRetransmit + 1);

        // the exchange ended without an answer after (MaxRetransmit + 1) intervals
        WLC_MOBTEST_REQUIRE_GT_OR_EQ(wlc.handoffs.size(), 1, wlc.name << " mobility exchanges");
        const HandoffEvent& h = wlc.handoffs[0];
        NS_TEST_EXPECT_MSG_EQ(h.from, Ipv4Address::GetAny(), "nobody answered");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(h.role), "Local", "role");
        NS_TEST_EXPECT_MSG_EQ(h.layer3, false, "Layer 3");
        NS_TEST_EXPECT_MSG_EQ_TOL(h.duration.GetSeconds(),
                                  expected.GetSeconds(),
                                  0.0005,
                                  "announce timeout");
        NS_TEST_EXPECT_MSG_EQ(wlc.handoffs.size(), 1, "one exchange only");
        NS_TEST_EXPECT_MSG_EQ(r.roams.size(), m_stopOther ? 0 : 1, "roams:\n" << r.roamSummary);
        std::ostringstream peer;
        peer << other.address << ", port 16666";
        NS_TEST_EXPECT_MSG_EQ(CountItems(wlc.debug,
                                         {"Mobility packet sent to:",
                                          peer.str(),
                                          "type: 3(MobileAnnounce)",
                                          "mobile MAC: aa:26:96:3e:4b:ee"}),
                              m_maxRetransmit + 1,
                              "announces sent:" << DebugText(wlc.debug));
        ExpectDebugSequence(wlc,
                            {{"Mobility query, PEM State: L2AUTHCOMPLETE"},
                             {"Mobility packet sent to:", "type: 3(MobileAnnounce)"},
                             {"No mobility response for the announce"}},
                            "the unanswered announce");
        // the client waited in L2AUTHCOMPLETE that long, then went on to DHCP and RUN (a new
        // entry starts in START, which is not traced)
        std::string states;
        Time waited = Seconds(-1);
        for (std::size_t i = 0; i < wlc.pem.size() && wlc.pem[i].first < options.afterAt; ++i)
        {
            states += PemStateName(wlc.pem[i].second) + " ";
            if (wlc.pem[i].second == PemState::L2AUTHCOMPLETE && i + 1 < wlc.pem.size())
            {
                waited = wlc.pem[i + 1].first - wlc.pem[i].first;
            }
        }
        NS_TEST_EXPECT_MSG_EQ(states,
                              "AUTHCHECK 8021X_REQD L2AUTHCOMPLETE DHCP_REQD RUN ",
                              "PEM states at " << wlc.name);
        NS_TEST_EXPECT_MSG_EQ(waited, expected, "time in L2AUTHCOMPLETE");

        // Local there, with DHCP from that controller's VLAN
        const EntrySnapshot& entry = wlc.after;
        WLC_REQUIRE_EQ(entry.present, true, wlc.name << "'s entry");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(entry.entry.mobilityRole), "Local", "role");
        NS_TEST_EXPECT_MSG_EQ(entry.entry.mobilityPeer, Ipv4Address::GetAny(), "peer");
        NS_TEST_EXPECT_MSG_EQ(entry.entry.moveCount, 0, "move count");
        NS_TEST_EXPECT_MSG_EQ(entry.entry.vlan, vlan, "VLAN");
        NS_TEST_EXPECT_MSG_EQ(entry.entry.accessVlan, vlan, "access VLAN");
        NS_TEST_EXPECT_MSG_EQ(entry.entry.apName, m_stopOther ? "AP002" : "AP001", "AP");
        NS_TEST_EXPECT_MSG_EQ(entry.entry.ip, ip, "IP");
        NS_TEST_EXPECT_MSG_EQ(PemStateName(entry.entry.pemState), "RUN", "PEM");
        ExpectDetail(entry.detail,
                     {{"Mobility State", "Local"},
                      {"IP Address", ToText(ip)},
                      {"VLAN", std::to_string(vlan)},
                      {"Interface", m_stopOther ? "intforeign" : "intanchor"}},
                     wlc.name);
        NS_TEST_EXPECT_MSG_EQ(other.before.present, false, "the other controller's entry");
        ExpectAddressKept(r, ip);
        ExpectTraffic(r);
    }

    bool m_stopOther;         //!< stop WLC1
    uint32_t m_maxRetransmit; //!< MaxRetransmit
    Time m_interval;          //!< RetransmitInterval
};

/**
 * A host with a UDP socket on port 16666 that sends hand-written mobility messages and records
 * the ones it receives.
 */
class RogueHost
{
  public:
    /// One received message.
    struct Received
    {
        Time time;               //!< when
        Ipv4Address from;        //!< sender
        bool decoded{false};     //!< it decoded
        MobilityMessage message; //!< the message
        std::size_t size{0};     //!< its size
    };

    /**
     * \param channel the VLAN segment \param mac its MAC \param address its address
     * \param gateway its default gateway
     */
    RogueHost(Ptr<CsmaChannel> channel, Mac48Address mac, Ipv4Address address, Ipv4Address gateway)
        : m_tap(channel, mac),
          m_address(address)
    {
        m_tap.AddAddress(address, Ipv4Mask("255.255.255.0"), gateway);
        m_socket = Socket::CreateSocket(m_tap.GetNode(), UdpSocketFactory::GetTypeId());
        m_socket->Bind(InetSocketAddress(address, MOBILITY_PORT));
        m_socket->SetRecvCallback(Callback<void, Ptr<Socket>>([this](Ptr<Socket> socket) {
            Address from;
            while (Ptr<Packet> packet = socket->RecvFrom(from))
            {
                Received received;
                received.time = Simulator::Now();
                received.from = InetSocketAddress::ConvertFrom(from).GetIpv4();
                received.size = packet->GetSize();
                std::string why;
                received.decoded = MobilityMessage::FromPacket(packet, received.message, why);
                m_received.push_back(received);
            }
        }));
    }

    RogueHost(const RogueHost&) = delete;
    RogueHost& operator=(const RogueHost&) = delete;

    /// \param to where \param message what
    void Send(Ipv4Address to, const MobilityMessage& message)
    {
        m_socket->SendTo(message.ToPacket(), 0, InetSocketAddress(to, MOBILITY_PORT));
    }

    /// \return its address
    Ipv4Address GetAddress() const
    {
        return m_address;
    }

    /// \return its MAC
    Mac48Address GetMac() const
    {
        return Mac48Address::ConvertFrom(m_tap.GetDevice()->GetAddress());
    }

    /// \return what it received
    const std::vector<Received>& GetReceived() const
    {
        return m_received;
    }

    /**
     * \param type a type \param from window start \param to window end
     * \return the messages of that type received in [from, to)
     */
    std::vector<Received> Of(MobilityMessageType type, Time from, Time to = Time::Max()) const
    {
        std::vector<Received> out;
        for (const Received& r : m_received)
        {
            if (r.decoded && r.message.GetType() == type && r.time >= from && r.time < to)
            {
                out.push_back(r);
            }
        }
        return out;
    }

  private:
    WireTap m_tap;                    //!< its node and device
    Ipv4Address m_address;            //!< its address
    Ptr<Socket> m_socket;             //!< UDP 16666
    std::vector<Received> m_received; //!< what it received
};

/**
 * \param groupId the group id \param client the client \param sender the sender
 * \param senderMac its MAC \param xid the transaction
 * \return a MobileAnnounce from a controller whose WLAN is on another subnet (a Layer 3 roam)
 */
MobilityMessage
ForgedAnnounce(const MobilityGroupId& groupId,
               Mac48Address client,
               Ipv4Address sender,
               Mac48Address senderMac,
               uint32_t xid)
{
    MobilityHeader header;
    header.groupId = groupId;
    header.xid = xid;
    header.sequence = xid;
    header.mobileMac = client;
    header.vlanIp = Ipv4Address("10.99.87.1");
    header.vlanMask = Ipv4Mask("255.255.255.0");
    MobileAnnounceBody body;
    body.senderIp = sender;
    body.senderMac = senderMac;
    body.wlanId = 8;
    body.ssid = "CORP";
    body.bssid = Mac48Address("02:00:00:00:99:07");
    body.pemState = mobility::PEM_L2AUTHCOMPLETE;
    body.vlanId = 87;
    return MobilityMessage::CreateAnnounce(header, body);
}

/**
 * \param groupId the group id \param client the client \param ip its address
 * \param sender the sender \param senderMac its MAC \param xid the transaction
 * \return a MobileHandoff that hands the client off from the sender, its Local controller
 */
MobilityMessage
ForgedHandoff(const MobilityGroupId& groupId,
              Mac48Address client,
              Ipv4Address ip,
              Ipv4Address sender,
              Mac48Address senderMac,
              uint32_t xid)
{
    MobilityHeader header;
    header.groupId = groupId;
    header.xid = xid;
    header.sequence = xid;
    header.mobileMac = client;
    header.mobileIp = ip;
    header.vlanIp = Ipv4Address("10.99.99.1");
    header.vlanMask = Ipv4Mask("255.255.255.0");
    MobileHandoffBody body;
    body.senderIp = sender;
    body.senderMac = senderMac;
    body.anchorIp = sender;
    body.anchorMac = senderMac;
    body.code = MobileHandoffBody::CODE_HANDOFF;
    body.senderRole = MobileHandoffBody::ROLE_LOCAL;
    body.wlanId = 8;
    body.ssid = "CORP";
    body.profileName = "CORP";
    body.interfaceName = "introgue";
    body.vlanId = 99;
    body.accessVlan = 99;
    body.clientIp = ip;
    body.clientMask = Ipv4Mask("255.255.255.0");
    body.defaultGatewayIp = Ipv4Address("10.99.99.254");
    body.pemState = mobility::PEM_RUN;
    body.securityPolicyCompleted = true;
    body.policyType = MobileHandoffBody::POLICY_WPA2;
    body.keyManagement = MobileHandoffBody::AKM_PSK;
    body.cipher = MobileHandoffBody::CIPHER_CCMP;
    body.moveCount = 0;
    body.supportedRates = {0x8c, 0x12, 0x98, 0x24, 0xb0, 0x48, 0x60, 0x6c};
    return MobilityMessage::CreateHandoff(header, body);
}

/**
 * Mobility messages from a host that is not a member, and from a member with another group id,
 * are dropped, counted and change nothing; the same messages from a member with the group's id
 * are answered.
 */
class ForeignMessagesTestCase : public MobilityTestCase
{
  public:
    ForeignMessagesTestCase()
        : MobilityTestCase("announce and handoff from a non-member or with another group id are "
                           "dropped and change nothing")
    {
    }

  private:
    void DoRun() override
    {
        // the client stands at AP002 and is Local at WLC2 (10.99.84.40); WLC1 does not know it
        RoamingScenario::Config config = InterControllerConfig(2, 10);
        config.clientStart = config.apSpacing - 5;
        config.walkStart = Seconds(12);
        const Ipv4Address ip("10.99.84.40");
        const Time strangerAt = Seconds(10);
        const Time wrongGroupAt = Seconds(11);
        const Time controlAt = Seconds(15);
        const MobilityGroupId otherGroup = MobilityGroupIdFromName("another-group");
        std::unique_ptr<RogueHost> stranger;
        std::unique_ptr<RogueHost> member;
        TxCounter downSent;
        uint64_t downAt[2] = {0, 0};
        MobilityRunOptions options;
        options.afterAt = controlAt - Seconds(1);
        options.setup = [&](RoamingScenario& scenario) {
            Ptr<WirelessLanController> wlc1 = scenario.GetController(0);
            Ptr<WirelessLanController> wlc2 = scenario.GetController(1);
            // two hosts on WLC1's management VLAN: 10.99.80.77 is no member; 10.99.80.78 is a
            // member of both controllers' group
            Ptr<CsmaChannel> vlan80 = VlanChannel(wlc1, "management");
            stranger = std::make_unique<RogueHost>(vlan80,
                                                   Mac48Address("02:00:00:00:80:77"),
                                                   Ipv4Address("10.99.80.77"),
                                                   Ipv4Address("10.99.80.254"));
            member = std::make_unique<RogueHost>(vlan80,
                                                 Mac48Address("02:00:00:00:80:78"),
                                                 Ipv4Address("10.99.80.78"),
                                                 Ipv4Address("10.99.80.254"));
            wlc1->AddMobilityMember(member->GetAddress(), member->GetMac(), "ROGUE");
            wlc2->AddMobilityMember(member->GetAddress(), member->GetMac(), "ROGUE");
            const MobilityGroupId group = wlc2->GetMobility()->GetManager()->GetGroupId();
            const Mac48Address client = scenario.GetClientMac(0);
            RogueHost* s = stranger.get();
            RogueHost* m = member.get();
            // a MobileAnnounce to the client's controller (it would become the client's
            // anchor) and a MobileHandoff to the other one (it would acknowledge it)
            auto send = [client, ip](RogueHost* host, const MobilityGroupId& id, uint32_t xid) {
                host->Send(WLC2_ADDRESS,
                           ForgedAnnounce(id, client, host->GetAddress(), host->GetMac(), xid));
                host->Send(
                    WLC1_ADDRESS,
                    ForgedHandoff(id, client, ip, host->GetAddress(), host->GetMac(), xid + 1));
            };
            Simulator::Schedule(strangerAt, [send, s, group]() { send(s, group, 501); });
            Simulator::Schedule(wrongGroupAt,
                                [send, m, otherGroup]() { send(m, otherGroup, 503); });
            Simulator::Schedule(controlAt, [send, m, group]() { send(m, group, 505); });
            downSent.Watch(scenario.GetServer(), DOWNLINK_PORT);
            Simulator::Schedule(strangerAt, [&downAt, &scenario]() {
                downAt[0] = scenario.GetDownlinkReceived(0);
            });
            Simulator::Schedule(controlAt, [&downAt, &scenario]() {
                downAt[1] = scenario.GetDownlinkReceived(0);
            });
        };
        MobilityRunResult r = RunMobilityScenario(config, options);
        const Mac48Address client = r.client;
        const ControllerRecord& wlc1 = r.wlcs.at(0);
        const ControllerRecord& wlc2 = r.wlcs.at(1);

        // --- dropped and counted, with their reasons
        for (const ControllerRecord* wlc : {&wlc1, &wlc2})
        {
            std::string drops = wlc->name + " drops: " + DropsText(wlc->mobilityDrops);
            NS_TEST_EXPECT_MSG_EQ(DropsContaining(wlc->mobilityDrops, "not a member"), 1, drops);
            NS_TEST_EXPECT_MSG_EQ(DropsContaining(wlc->mobilityDrops, "group id"), 1, drops);
            NS_TEST_EXPECT_MSG_EQ(TotalDrops(wlc->mobilityDrops), 2, drops);
            // dropped before any processing: no debug line shows them
            NS_TEST_EXPECT_MSG_EQ(CountItems(wlc->debug,
                                             {"Mobility packet received from:", "10.99.80.7"},
                                             Seconds(0),
                                             controlAt),
                                  0,
                                  wlc->name << ":" << DebugText(wlc->debug, strangerAt));
        }

        // --- nothing changed: the client is still Local at WLC2 and at AP002, WLC1 does not
        // know it, nobody was answered
        const EntrySnapshot& at = wlc2.after;
        WLC_REQUIRE_EQ(at.present, true, "WLC2's entry after the foreign messages");
        NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(at.entry.mobilityRole), "Local", "WLC2 role");
        NS_TEST_EXPECT_MSG_EQ(at.entry.apName, "AP002", "WLC2 AP");
        NS_TEST_EXPECT_MSG_EQ(at.entry.ip, ip, "WLC2 IP");
        NS_TEST_EXPECT_MSG_EQ(PemStateName(at.entry.pemState), "RUN", "WLC2 PEM");
        ExpectDetail(at.detail, {{"Mobility State", "Local"}, {"AP Name", "AP002"}}, "WLC2");
        ExpectNoEntry(wlc1.after, client, "WLC1 after the foreign messages");
        NS_TEST_EXPECT_MSG_EQ(CountFrames(
                                  wlc2.tunnelTx,
                                  [](const FrameInfo&) { return true; },
                                  Seconds(0),
                                  controlAt),
                              0,
                              "EtherIP from WLC2");
        std::size_t rolesBefore = 0;
        for (const RoleChange& change : wlc2.roles)
        {
            rolesBefore += change.time < controlAt;
        }
        NS_TEST_EXPECT_MSG_EQ(rolesBefore, 0, "WLC2 roles:" << RolesText(wlc2.roles));
        std::size_t deletedBefore = 0;
        for (Time t : r.aps[1].deleted)
        {
            deletedBefore += t < controlAt;
        }
        NS_TEST_EXPECT_MSG_EQ(deletedBefore, 0, "Delete Station at AP002");
        for (const RogueHost* host : {stranger.get(), member.get()})
        {
            NS_TEST_EXPECT_MSG_EQ(
                host->Of(MobilityMessageType::MOBILE_HANDOFF, Seconds(0), controlAt).size() +
                    host->Of(MobilityMessageType::MOBILE_HANDOFF_ACK, Seconds(0), controlAt).size(),
                0,
                host->GetAddress() << " was answered");
        }
        uint64_t sent = downSent.Between(strangerAt, controlAt);
        NS_TEST_EXPECT_MSG_GT(sent, 200, "downlink sent meanwhile");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(double(downAt[1] - downAt[0]),
                                    0.95 * double(sent),
                                    "downlink received while the messages arrived");

        // --- the control: the same messages from the member with the group's id are taken
        std::vector<RogueHost::Received> handoffs =
            member->Of(MobilityMessageType::MOBILE_HANDOFF, controlAt);
        WLC_MOBTEST_REQUIRE_GT_OR_EQ(handoffs.size(), 1, "WLC2's answer to the member's announce");
        NS_TEST_EXPECT_MSG_EQ(handoffs[0].from, WLC2_ADDRESS, "handoff from");
        NS_TEST_EXPECT_MSG_EQ(handoffs[0].message.GetHeader().xid, 505, "handoff xid");
        NS_TEST_EXPECT_MSG_EQ(handoffs[0].message.GetHeader().mobileMac, client, "handoff MAC");
        NS_TEST_EXPECT_MSG_EQ(handoffs[0].size, 546, "handoff size");
        const auto* body = handoffs[0].message.GetBody<MobileHandoffBody>();
        WLC_REQUIRE_NE(body, nullptr, "handoff body");
        NS_TEST_EXPECT_MSG_EQ(body->clientIp, ip, "handoff client IP");
        NS_TEST_EXPECT_MSG_EQ(unsigned(body->code),
                              unsigned(MobileHandoffBody::CODE_HANDOFF_INDICATION),
                              "handoff code (WLC2 becomes the anchor)");
        std::vector<RogueHost::Received> acks =
            member->Of(MobilityMessageType::MOBILE_HANDOFF_ACK, controlAt);
        WLC_REQUIRE_EQ(acks.size(), 1, "WLC1's ack of the member's handoff");
        NS_TEST_EXPECT_MSG_EQ(acks[0].from, WLC1_ADDRESS, "ack from");
        NS_TEST_EXPECT_MSG_EQ(acks[0].message.GetHeader().xid, 506, "ack xid");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(wlc2.roles.size(), 1, "WLC2 roles:" << RolesText(wlc2.roles));
        if (!wlc2.roles.empty())
        {
            NS_TEST_EXPECT_MSG_EQ(MobilityRoleName(wlc2.roles[0].to), "Anchor", "control role");
            NS_TEST_EXPECT_MSG_EQ(wlc2.roles[0].peer, member->GetAddress(), "control peer");
        }
        NS_TEST_EXPECT_MSG_EQ(
            stranger->Of(MobilityMessageType::MOBILE_KEEP_ALIVE, Seconds(0)).size(),
            0,
            "keep-alives to the stranger");
        NS_TEST_EXPECT_MSG_GT(member->Of(MobilityMessageType::MOBILE_KEEP_ALIVE, Seconds(0)).size(),
                              0,
                              "keep-alives to the member");
    }
};

/// \param summary `show mobility summary` \param ip a member \return its Status cell
std::string
MemberStatus(const std::string& summary, Ipv4Address ip)
{
    std::istringstream lines(summary);
    std::string line;
    std::string address = ToText(ip);
    while (std::getline(lines, line))
    {
        std::istringstream cells(line);
        std::string mac;
        std::string cell;
        cells >> mac >> cell;
        if (cell != address)
        {
            continue;
        }
        std::size_t multicast = line.find("0.0.0.0", line.find(address) + address.size());
        if (multicast == std::string::npos)
        {
            return "<no status>";
        }
        std::string status = line.substr(multicast + 7);
        status.erase(0, status.find_first_not_of(' '));
        return status;
    }
    return "<no row>";
}

/**
 * Keep-alives: a member that stops answering goes down after KeepAliveCount x KeepAliveInterval;
 * one whose path comes back goes up again.
 */
class KeepAliveTestCase : public MobilityTestCase
{
  public:
    /// \param recover cut the path to WLC1 and restore it, instead of stopping WLC1
    explicit KeepAliveTestCase(bool recover)
        : MobilityTestCase(recover ? "keep-alives: a member whose path fails is down, then up "
                                     "again when it is restored"
                                   : "keep-alives: a stopped member is down after "
                                     "KeepAliveCount x KeepAliveInterval"),
          m_recover(recover)
    {
    }

  private:
    void DoRun() override
    {
        const Time interval = Seconds(1);
        const uint32_t count = 3;
        const Time failAt = MilliSeconds(10500);
        const Time restoreAt = MilliSeconds(20500);
        RoamingScenario::Config config = InterControllerConfig(2, 10);
        config.clientStart = config.apSpacing - 5; // at AP002 (WLC2), which keeps working
        config.walkStart = Seconds(12);            // stop time: 27 s
        bool recover = m_recover;
        Ptr<RateErrorModel> cut = CreateObject<RateErrorModel>();
        cut->SetAttribute("ErrorRate", DoubleValue(1.0));
        cut->SetAttribute("ErrorUnit", EnumValue(RateErrorModel::ERROR_UNIT_PACKET));
        cut->Disable();
        MobilityRunOptions options;
        options.beforeAt = failAt - Seconds(0.5);
        options.afterAt = restoreAt - Seconds(1);
        options.setup = [&](RoamingScenario& scenario) {
            SetOnEveryManager(scenario, 2, "KeepAliveInterval", TimeValue(interval));
            SetOnEveryManager(scenario, 2, "KeepAliveCount", UintegerValue(count));
            if (recover)
            {
                // the router's port on WLC1's management VLAN drops everything meanwhile
                Ptr<CsmaNetDevice> port =
                    DynamicCast<CsmaNetDevice>(RouterPort(scenario, config, 80));
                port->SetReceiveErrorModel(cut);
                Simulator::Schedule(failAt, [cut]() { cut->Enable(); });
                Simulator::Schedule(restoreAt, [cut]() { cut->Disable(); });
            }
            else
            {
                scenario.GetController(0)->SetStopTime(failAt);
            }
        };
        MobilityRunResult r = RunMobilityScenario(config, options);
        std::vector<const ControllerRecord*> observers = {&r.wlcs.at(1)};
        if (m_recover)
        {
            observers.push_back(&r.wlcs.at(0)); // WLC1 loses WLC2 too
        }
        for (const ControllerRecord* wlc : observers)
        {
            const Ipv4Address peer = wlc == &r.wlcs.at(1) ? WLC1_ADDRESS : WLC2_ADDRESS;
            std::ostringstream changes;
            for (const auto& [time, member, up] : wlc->members)
            {
                changes << " " << member << (up ? " up" : " down") << "@" << time.GetSeconds();
            }
            std::vector<std::pair<Time, bool>> seen;
            for (const auto& [time, member, up] : wlc->members)
            {
                if (member == peer)
                {
                    seen.emplace_back(time, up);
                }
            }
            std::string what = wlc->name + " member changes:" + changes.str();
            WLC_REQUIRE_EQ(seen.size(), m_recover ? 3 : 2, what);
            NS_TEST_EXPECT_MSG_EQ(seen[0].second, true, what);
            NS_TEST_EXPECT_MSG_LT(seen[0].first, Seconds(1), what);
            NS_TEST_EXPECT_MSG_EQ(seen[1].second, false, what);
            // the last answer came at most one interval before the failure; the member is down
            // at the keep-alive that finds KeepAliveCount unanswered ones
            NS_TEST_EXPECT_MSG_GT_OR_EQ(seen[1].first, failAt + interval * count, what);
            NS_TEST_EXPECT_MSG_LT_OR_EQ(seen[1].first, failAt + interval * (count + 1), what);
            // `show mobility summary` while it is down
            NS_TEST_EXPECT_MSG_EQ(MemberStatus(wlc->before.mobilitySummary, peer),
                                  "Up",
                                  wlc->name << " before the failure:\n"
                                            << wlc->before.mobilitySummary);
            NS_TEST_EXPECT_MSG_EQ(wlc->before.upPeers.count(peer), 1, "IsMemberUp before");
            std::string down = MemberStatus(wlc->after.mobilitySummary, peer);
            NS_TEST_EXPECT_MSG_NE(down, "Up", wlc->name << ":\n" << wlc->after.mobilitySummary);
            NS_TEST_EXPECT_MSG_NE(down.find("Down"),
                                  std::string::npos,
                                  wlc->name << ":\n"
                                            << wlc->after.mobilitySummary);
            NS_TEST_EXPECT_MSG_EQ(wlc->after.upPeers.count(peer), 0, "IsMemberUp while down");
            if (m_recover)
            {
                // up at the first keep-alive after the path is back
                NS_TEST_EXPECT_MSG_EQ(seen[2].second, true, what);
                NS_TEST_EXPECT_MSG_GT(seen[2].first, restoreAt, what);
                NS_TEST_EXPECT_MSG_LT_OR_EQ(seen[2].first,
                                            restoreAt + interval + MilliSeconds(10),
                                            what);
                NS_TEST_EXPECT_MSG_EQ(MemberStatus(wlc->end.mobilitySummary, peer),
                                      "Up",
                                      wlc->end.mobilitySummary);
                NS_TEST_EXPECT_MSG_EQ(wlc->end.upPeers.count(peer), 1, "IsMemberUp at the end");
            }
            else
            {
                NS_TEST_EXPECT_MSG_EQ(wlc->end.upPeers.count(peer), 0, "IsMemberUp at the end");
            }
        }
        // the client at WLC2 is not affected
        NS_TEST_EXPECT_MSG_EQ(r.wlcs.at(1).end.present, true, "WLC2's client");
        ExpectAddressKept(r, Ipv4Address("10.99.84.40"));
        ExpectTraffic(r);
    }

    bool m_recover; //!< cut and restore the path instead of stopping WLC1
};

/// The suite.
class MobilityFailureTestSuite : public TestSuite
{
  public:
    MobilityFailureTestSuite()
        : TestSuite("wlc-mobility-failures", WLC_TEST_SYSTEM)
    {
        AddTestCase(
            new LostMessageTestCase(MobilityMessageType::MOBILE_HANDOFF, 1, MilliSeconds(100)),
            WLC_TEST_QUICK);
        AddTestCase(
            new LostMessageTestCase(MobilityMessageType::MOBILE_ANNOUNCE, 0, MilliSeconds(40)),
            WLC_TEST_QUICK);
        AddTestCase(
            new LostMessageTestCase(MobilityMessageType::MOBILE_HANDOFF_ACK, 0, MilliSeconds(100)),
            WLC_TEST_QUICK);
        AddTestCase(new UnansweredAnnounceTestCase(false, 2, MilliSeconds(100)), WLC_TEST_QUICK);
        AddTestCase(new UnansweredAnnounceTestCase(true, 3, MilliSeconds(50)), WLC_TEST_QUICK);
        AddTestCase(new ForeignMessagesTestCase, WLC_TEST_QUICK);
        AddTestCase(new KeepAliveTestCase(false), WLC_TEST_QUICK);
        AddTestCase(new KeepAliveTestCase(true), WLC_TEST_QUICK);
    }
};

/// Static instance.
MobilityFailureTestSuite g_mobilityFailureTestSuite;

} // namespace
