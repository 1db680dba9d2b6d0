/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "mobility-manager.h"

#include "ns3/byte-reader.h"
#include "ns3/inet-socket-address.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <iomanip>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityManager");
NS_OBJECT_ENSURE_REGISTERED(MobilityManager);

namespace
{

/// \param address an address \return its text
std::string
Text(Ipv4Address address)
{
    std::ostringstream os;
    os << address;
    return os.str();
}

/// \param mac a MAC \return its text
std::string
Text(Mac48Address mac)
{
    std::ostringstream os;
    os << mac;
    return os.str();
}

} // namespace

TypeId
MobilityManager::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::MobilityManager")
            .SetParent<Object>()
            .SetGroupName("Wlc")
            .AddConstructor<MobilityManager>()
            .AddAttribute("Port",
                          "UDP port of the mobility protocol.",
                          UintegerValue(mobility::UDP_PORT),
                          MakeUintegerAccessor(&MobilityManager::m_port),
                          MakeUintegerChecker<uint16_t>(1))
            .AddAttribute("RetransmitInterval",
                          "Time before an unanswered MobileAnnounce, MobileHandoff or "
                          "MobileAnchorUpdate is sent again.",
                          TimeValue(MilliSeconds(100)),
                          MakeTimeAccessor(&MobilityManager::m_retransmitInterval),
                          MakeTimeChecker(MilliSeconds(1)))
            .AddAttribute("MaxRetransmit",
                          "Retransmissions of an unanswered message; after them an announce "
                          "makes the client Local, a handoff is abandoned.",
                          UintegerValue(2),
                          MakeUintegerAccessor(&MobilityManager::m_maxRetransmit),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("ProcessingDelay",
                          "Time a controller takes to process a received mobility message "
                          "before it answers or acts (the reference shows about 1 ms).",
                          TimeValue(MilliSeconds(1)),
                          MakeTimeAccessor(&MobilityManager::m_processingDelay),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("HandoffSetupDelay",
                          "Time a controller takes to install a handed-off client (handoff "
                          "confirm, role update, tunnel plumbing) before it acknowledges the "
                          "handoff (the reference shows 8 ms).",
                          TimeValue(MilliSeconds(8)),
                          MakeTimeAccessor(&MobilityManager::m_handoffSetupDelay),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("KeepAliveInterval",
                          "Time between keep-alives to each member (AireOS default 10 s).",
                          TimeValue(Seconds(10)),
                          MakeTimeAccessor(&MobilityManager::m_keepAliveInterval),
                          MakeTimeChecker(MilliSeconds(100)))
            .AddAttribute("KeepAliveCount",
                          "Keep-alives unanswered in a row before a member is down (AireOS "
                          "default 3).",
                          UintegerValue(3),
                          MakeUintegerAccessor(&MobilityManager::m_keepAliveCount),
                          MakeUintegerChecker<uint32_t>(1))
            .AddTraceSource("DebugLine",
                            "A `debug mobility handoff` line.",
                            MakeTraceSourceAccessor(&MobilityManager::m_debugTrace),
                            "ns3::MobilityManager::DebugTracedCallback")
            .AddTraceSource("MemberStateChanged",
                            "A member of the mobility group went up or down.",
                            MakeTraceSourceAccessor(&MobilityManager::m_memberTrace),
                            "ns3::MobilityManager::MemberTracedCallback")
            .AddTraceSource("Drop",
                            "A mobility message was dropped, with the reason.",
                            MakeTraceSourceAccessor(&MobilityManager::m_dropTrace),
                            "ns3::MobilityManager::DropTracedCallback");
    return tid;
}

MobilityManager::MobilityManager()
{
    NS_LOG_FUNCTION(this);
    m_groupId = MobilityGroupIdFromName(m_groupName);
}

MobilityManager::~MobilityManager()
{
    NS_LOG_FUNCTION(this);
}

void
MobilityManager::DoDispose()
{
    Stop();
    m_node = nullptr;
    m_onAnnounce = nullptr;
    m_onHandoff = nullptr;
    m_onHandoffDone = nullptr;
    m_onAnnounceTimeout = nullptr;
    m_onAnchorUpdate = nullptr;
    m_onClientDelete = nullptr;
    m_onPmkUpdate = nullptr;
    m_onFtKeyUpdate = nullptr;
    m_onAnchorUpdateDone = nullptr;
    Object::DoDispose();
}

void
MobilityManager::SetGroup(const std::string& name, const std::array<uint8_t, 16>& groupId)
{
    m_groupName = name;
    m_groupId = groupId;
}

void
MobilityManager::AddMember(const MobilityMember& member)
{
    NS_LOG_FUNCTION(this << member.ip << member.name);
    m_members[member.ip] = member;
}

void
MobilityManager::Start(Ptr<Node> node,
                       Ipv4Address address,
                       Mac48Address mac,
                       const std::string& name)
{
    NS_LOG_FUNCTION(this << node << address << mac << name);
    m_node = node;
    m_address = address;
    m_mac = mac;
    m_name = name;
    m_socket = Socket::CreateSocket(node, UdpSocketFactory::GetTypeId());
    NS_ABORT_MSG_IF(m_socket->Bind(InetSocketAddress(address, m_port)) != 0,
                    name << ": cannot bind the mobility port " << address << ":" << m_port);
    m_socket->SetRecvCallback(MakeCallback(&MobilityManager::Receive, this));
    if (!m_members.empty())
    {
        m_keepAliveTimer = Simulator::ScheduleNow(&MobilityManager::KeepAlive, this);
    }
}

void
MobilityManager::Stop()
{
    m_keepAliveTimer.Cancel();
    for (auto& [key, pending] : m_pending)
    {
        pending.timer.Cancel();
    }
    m_pending.clear();
    m_announcing.clear();
    if (m_socket)
    {
        m_socket->Close();
        m_socket = nullptr;
    }
}

void
MobilityManager::SetAnnounceHandler(AnnounceHandler handler)
{
    m_onAnnounce = std::move(handler);
}

void
MobilityManager::SetHandoffHandler(HandoffHandler handler)
{
    m_onHandoff = std::move(handler);
}

void
MobilityManager::SetHandoffDoneHandler(HandoffDoneHandler handler)
{
    m_onHandoffDone = std::move(handler);
}

void
MobilityManager::SetAnnounceTimeoutHandler(AnnounceTimeoutHandler handler)
{
    m_onAnnounceTimeout = std::move(handler);
}

void
MobilityManager::SetAnchorUpdateHandler(AnchorUpdateHandler handler)
{
    m_onAnchorUpdate = std::move(handler);
}

void
MobilityManager::SetAnchorUpdateDoneHandler(AnchorUpdateDoneHandler handler)
{
    m_onAnchorUpdateDone = std::move(handler);
}

void
MobilityManager::SetClientDeleteHandler(ClientDeleteHandler handler)
{
    m_onClientDelete = std::move(handler);
}

void
MobilityManager::SetPmkUpdateHandler(PmkUpdateHandler handler)
{
    m_onPmkUpdate = std::move(handler);
}

void
MobilityManager::SetFtKeyUpdateHandler(PmkUpdateHandler handler)
{
    m_onFtKeyUpdate = std::move(handler);
}

template <typename Body>
uint32_t
MobilityManager::SendToGroup(Mac48Address client,
                             Ipv4Address ip,
                             Body body,
                             MobilityMessage (*create)(const MobilityHeader&, const Body&))
{
    MobilityHeader header;
    header.groupId = m_groupId;
    header.xid = m_nextXid++;
    header.mobileMac = client;
    header.mobileIp = ip;
    body.senderIp = m_address;
    body.senderMac = m_mac;
    uint32_t sent = 0;
    for (const auto& [peer, member] : m_members)
    {
        SendTo(peer, create(header, body));
        ++sent;
    }
    return sent;
}

uint32_t
MobilityManager::SendFtKeyUpdate(Mac48Address client,
                                 Ipv4Address ip,
                                 const MobileFtKeyUpdateBody& body)
{
    return SendToGroup(client, ip, body, &MobilityMessage::CreateFtKeyUpdate);
}

uint32_t
MobilityManager::SendPmkUpdate(Mac48Address client, Ipv4Address ip, const MobilePmkUpdateBody& body)
{
    return SendToGroup(client, ip, body, &MobilityMessage::CreatePmkUpdate);
}

uint64_t
MobilityManager::Key(MobilityMessageType type, uint32_t xid)
{
    return (uint64_t(static_cast<uint8_t>(type)) << 32) | xid;
}

MobilityMessage
MobilityManager::NewMessage(MobilityMessageType type, Mac48Address client, Ipv4Address ip)
{
    MobilityHeader header;
    header.type = type;
    header.groupId = m_groupId;
    header.mobileMac = client;
    header.mobileIp = ip;
    return MobilityMessage::Create(header, MobilityMessage::Body());
}

bool
MobilityManager::Announce(Mac48Address client,
                          const MobileAnnounceBody& body,
                          Ipv4Address vlanIp,
                          Ipv4Mask vlanMask)
{
    NS_LOG_FUNCTION(this << client);
    std::vector<Ipv4Address> to;
    for (const auto& [ip, member] : m_members)
    {
        to.push_back(ip); // a member that is down may have come back: ask it too
    }
    if (to.empty())
    {
        return false;
    }
    auto old = m_announcing.find(client);
    if (old != m_announcing.end())
    {
        m_pending[old->second].timer.Cancel();
        m_pending.erase(old->second);
    }
    MobilityHeader header;
    header.groupId = m_groupId;
    header.xid = m_nextXid++;
    header.mobileMac = client;
    header.vlanIp = vlanIp;
    header.vlanMask = vlanMask;
    MobileAnnounceBody announce = body;
    announce.senderIp = m_address;
    announce.senderMac = m_mac;
    MobilityMessage message = MobilityMessage::CreateAnnounce(header, announce);
    uint64_t key = Key(MobilityMessageType::MOBILE_ANNOUNCE, header.xid);
    m_pending[key] = {message, to, 0, EventId()};
    m_announcing[client] = key;
    Transmit(key);
    return true;
}

bool
MobilityManager::IsAnnouncing(Mac48Address client) const
{
    return m_announcing.count(client) > 0;
}

void
MobilityManager::SendAnchorUpdate(Ipv4Address anchor,
                                  Mac48Address client,
                                  Ipv4Address ip,
                                  uint32_t moveCount)
{
    MobilityHeader header;
    header.groupId = m_groupId;
    header.xid = m_nextXid++;
    header.mobileMac = client;
    header.mobileIp = ip;
    MobileAnchorUpdateBody body;
    body.senderIp = m_address;
    body.senderMac = m_mac;
    body.moveCount = moveCount;
    uint64_t key = Key(MobilityMessageType::MOBILE_ANCHOR_UPDATE, header.xid);
    m_pending[key] = {MobilityMessage::CreateAnchorUpdate(header, body), {anchor}, 0, EventId()};
    Transmit(key);
}

void
MobilityManager::SendClientDelete(Ipv4Address peer,
                                  Mac48Address client,
                                  Ipv4Address ip,
                                  uint8_t reason)
{
    MobilityHeader header;
    header.groupId = m_groupId;
    header.xid = m_nextXid++;
    header.mobileMac = client;
    header.mobileIp = ip;
    MobileClientDeleteBody body;
    body.senderIp = m_address;
    body.reason = reason;
    SendTo(peer, MobilityMessage::CreateClientDelete(header, body));
}

void
MobilityManager::Transmit(uint64_t key)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
    {
        return;
    }
    Pending& pending = it->second;
    if (pending.tries > m_maxRetransmit)
    {
        MobilityMessage message = pending.message;
        Ipv4Address peer = pending.to.empty() ? Ipv4Address() : pending.to.front();
        m_pending.erase(it);
        Mac48Address client = message.GetHeader().mobileMac;
        switch (message.GetType())
        {
        case MobilityMessageType::MOBILE_ANNOUNCE:
            m_announcing.erase(client);
            DebugLine(Text(client) + " No mobility response for the announce: the client is "
                                     "new, Local here");
            if (m_onAnnounceTimeout)
            {
                m_onAnnounceTimeout(client);
            }
            break;
        case MobilityMessageType::MOBILE_HANDOFF:
            DebugLine(Text(client) + " Handoff to " + Text(peer) + " not acknowledged");
            if (m_onHandoffDone)
            {
                m_onHandoffDone(client, peer, false);
            }
            break;
        default:
            DebugLine(Text(client) + " " + MobilityMessageTypeName(uint8_t(message.GetType())) +
                      " to " + Text(peer) + " not acknowledged");
            if (message.GetType() == MobilityMessageType::MOBILE_ANCHOR_UPDATE &&
                m_onAnchorUpdateDone)
            {
                m_onAnchorUpdateDone(client, false);
            }
            break;
        }
        return;
    }
    pending.tries++;
    for (Ipv4Address to : pending.to)
    {
        SendTo(to, pending.message);
    }
    pending.timer =
        Simulator::Schedule(m_retransmitInterval, &MobilityManager::Transmit, this, key);
}

void
MobilityManager::SendTo(Ipv4Address to, const MobilityMessage& message)
{
    MobilityMessage copy = message;
    copy.GetHeader().sequence = m_sequence++;
    if (copy.GetType() != MobilityMessageType::MOBILE_KEEP_ALIVE &&
        copy.GetType() != MobilityMessageType::MOBILE_KEEP_ALIVE_ACK)
    {
        Debug(true, to, copy);
    }
    m_socket->SendTo(copy.ToPacket(), 0, InetSocketAddress(to, m_port));
}

void
MobilityManager::Receive(Ptr<Socket> socket)
{
    Address from;
    Ptr<Packet> packet;
    while ((packet = socket->RecvFrom(from)))
    {
        InetSocketAddress source = InetSocketAddress::ConvertFrom(from);
        auto member = m_members.find(source.GetIpv4());
        if (member == m_members.end())
        {
            Drop(packet, "message from an address that is not a member of the group");
            continue;
        }
        MobilityMessage message;
        std::string why;
        if (!MobilityMessage::FromPacket(packet, message, why))
        {
            Drop(packet, "malformed mobility message: " + why);
            continue;
        }
        if (message.GetHeader().groupId != m_groupId)
        {
            Drop(packet, "message with another mobility group id");
            continue;
        }
        member->second.lastHeard = Simulator::Now();
        Simulator::Schedule(m_processingDelay,
                            &MobilityManager::Handle,
                            this,
                            source.GetIpv4(),
                            message);
    }
}

void
MobilityManager::Handle(Ipv4Address from, MobilityMessage message)
{
    const MobilityHeader& header = message.GetHeader();
    if (message.GetType() != MobilityMessageType::MOBILE_KEEP_ALIVE &&
        message.GetType() != MobilityMessageType::MOBILE_KEEP_ALIVE_ACK)
    {
        Debug(false, from, message);
    }
    switch (message.GetType())
    {
    case MobilityMessageType::MOBILE_ANNOUNCE:
        HandleAnnounce(from, message);
        break;
    case MobilityMessageType::MOBILE_HANDOFF:
        HandleHandoff(from, message);
        break;
    case MobilityMessageType::MOBILE_HANDOFF_ACK: {
        uint64_t key = Key(MobilityMessageType::MOBILE_HANDOFF, header.xid);
        auto it = m_pending.find(key);
        if (it == m_pending.end())
        {
            Drop(Create<Packet>(), "handoff ack for no handoff");
            break;
        }
        it->second.timer.Cancel();
        m_pending.erase(it);
        const auto* body = message.GetBody<MobileHandoffAckBody>();
        if (m_onHandoffDone)
        {
            m_onHandoffDone(header.mobileMac,
                            from,
                            body->status == MobileHandoffAckBody::STATUS_ACCEPTED);
        }
        break;
    }
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE: {
        bool accepted = m_onAnchorUpdate && m_onAnchorUpdate(from, message);
        MobilityHeader reply = header;
        reply.mobileIp = header.mobileIp;
        MobileHandoffAckBody ack;
        ack.senderIp = m_address;
        ack.status =
            accepted ? MobileHandoffAckBody::STATUS_ACCEPTED : MobileHandoffAckBody::STATUS_REFUSED;
        SendTo(from, MobilityMessage::CreateAnchorUpdateAck(reply, ack));
        break;
    }
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE_ACK: {
        auto it = m_pending.find(Key(MobilityMessageType::MOBILE_ANCHOR_UPDATE, header.xid));
        if (it == m_pending.end())
        {
            break; // a duplicate
        }
        it->second.timer.Cancel();
        m_pending.erase(it);
        const auto* body = message.GetBody<MobileHandoffAckBody>();
        if (m_onAnchorUpdateDone)
        {
            m_onAnchorUpdateDone(header.mobileMac,
                                 body && body->status == MobileHandoffAckBody::STATUS_ACCEPTED);
        }
        break;
    }
    case MobilityMessageType::MOBILE_CLIENT_DELETE:
        if (m_onClientDelete)
        {
            m_onClientDelete(from, message);
        }
        break;
    case MobilityMessageType::MOBILE_PMK_UPDATE:
        if (m_onPmkUpdate)
        {
            m_onPmkUpdate(from, message);
        }
        break;
    case MobilityMessageType::MOBILE_FT_KEY_UPDATE:
        if (m_onFtKeyUpdate)
        {
            m_onFtKeyUpdate(from, message);
        }
        break;
    case MobilityMessageType::MOBILE_KEEP_ALIVE: {
        MobilityHeader reply;
        reply.groupId = m_groupId;
        reply.xid = header.xid;
        MobileKeepAliveBody body;
        body.senderIp = m_address;
        body.senderMac = m_mac;
        body.memberCount = static_cast<uint16_t>(m_members.size() + 1);
        SendTo(from, MobilityMessage::CreateKeepAliveAck(reply, body));
        break;
    }
    case MobilityMessageType::MOBILE_KEEP_ALIVE_ACK: {
        MobilityMember& member = m_members.at(from);
        member.missed = 0;
        if (!member.up)
        {
            member.up = true;
            m_memberTrace(from, true);
        }
        break;
    }
    }
}

void
MobilityManager::HandleAnnounce(Ipv4Address from, const MobilityMessage& message)
{
    const MobilityHeader& header = message.GetHeader();
    DebugLine("Switch IP: " + Text(from));
    AnnounceReply reply;
    if (m_onAnnounce)
    {
        reply = m_onAnnounce(from, message);
    }
    if (!reply.answer)
    {
        return;
    }
    MobilityHeader out;
    out.groupId = m_groupId;
    out.xid = header.xid;
    out.mobileMac = header.mobileMac;
    out.mobileIp = reply.mobileIp;
    out.vlanIp = reply.vlanIp;
    out.vlanMask = reply.vlanMask;
    MobileHandoffBody body = reply.body;
    body.senderIp = m_address;
    body.senderMac = m_mac;
    uint64_t key = Key(MobilityMessageType::MOBILE_HANDOFF, header.xid);
    m_pending[key] = {MobilityMessage::CreateHandoff(out, body), {from}, 0, EventId()};
    Transmit(key);
    if (reply.afterSend)
    {
        reply.afterSend();
    }
}

void
MobilityManager::HandleHandoff(Ipv4Address from, const MobilityMessage& message)
{
    const MobilityHeader& header = message.GetHeader();
    DebugLine("Switch IP: " + Text(from));
    auto announcing = m_announcing.find(header.mobileMac);
    bool ours = announcing != m_announcing.end() && m_pending.count(announcing->second) &&
                m_pending.at(announcing->second).message.GetHeader().xid == header.xid;
    if (ours)
    {
        m_pending.at(announcing->second).timer.Cancel();
        m_pending.erase(announcing->second);
        m_announcing.erase(announcing);
        m_takenHandoffs[header.mobileMac] = header.xid;
        Simulator::Schedule(m_handoffSetupDelay,
                            &MobilityManager::CompleteHandoff,
                            this,
                            from,
                            message,
                            true,
                            false);
        return;
    }
    // a retransmitted handoff whose first copy we took is acknowledged again; one that answers
    // no announce of ours is refused
    auto taken = m_takenHandoffs.find(header.mobileMac);
    bool duplicate = taken != m_takenHandoffs.end() && taken->second == header.xid;
    DebugLine(Text(header.mobileMac) + (duplicate
                                            ? " Handoff for no pending announce: acknowledged again"
                                            : " Handoff for no announce of ours: refused"));
    CompleteHandoff(from, message, false, duplicate);
}

void
MobilityManager::CompleteHandoff(Ipv4Address from,
                                 MobilityMessage message,
                                 bool ours,
                                 bool duplicate)
{
    const MobilityHeader& header = message.GetHeader();
    bool accepted = ours ? m_onHandoff && m_onHandoff(from, message) : duplicate;
    MobilityHeader reply;
    reply.groupId = m_groupId;
    reply.xid = header.xid;
    reply.mobileMac = header.mobileMac;
    reply.mobileIp = header.mobileIp;
    MobileHandoffAckBody ack;
    ack.senderIp = m_address;
    ack.status =
        accepted ? MobileHandoffAckBody::STATUS_ACCEPTED : MobileHandoffAckBody::STATUS_REFUSED;
    SendTo(from, MobilityMessage::CreateHandoffAck(reply, ack));
}

void
MobilityManager::KeepAlive()
{
    for (auto& [ip, member] : m_members)
    {
        if (member.missed >= m_keepAliveCount && member.up)
        {
            member.up = false;
            NS_LOG_INFO(m_name << ": mobility member " << member.name << " (" << ip << ") down");
            m_memberTrace(ip, false);
        }
        member.missed++;
        MobilityHeader header;
        header.groupId = m_groupId;
        header.xid = m_nextXid++;
        MobileKeepAliveBody body;
        body.senderIp = m_address;
        body.senderMac = m_mac;
        body.memberCount = static_cast<uint16_t>(m_members.size() + 1);
        MobilityMessage message = MobilityMessage::CreateKeepAlive(header, body);
        message.GetHeader().sequence = m_sequence++;
        m_socket->SendTo(message.ToPacket(), 0, InetSocketAddress(ip, m_port));
    }
    m_keepAliveTimer = Simulator::Schedule(m_keepAliveInterval, &MobilityManager::KeepAlive, this);
}

void
MobilityManager::Debug(bool sent, Ipv4Address peer, const MobilityMessage& message)
{
    std::string mac = Text(message.GetHeader().mobileMac);
    DebugLine(mac + " Mobility packet " + (sent ? "sent to:" : "received from:"));
    DebugLine(mac + "   " + Text(peer) + ", port " + std::to_string(m_port));
    for (const std::string& line : message.FormatDebug())
    {
        DebugLine(mac + "   " + line);
    }
}

void
MobilityManager::DebugLine(const std::string& line)
{
    Log("mmListen", line);
}

void
MobilityManager::Log(const std::string& task, const std::string& line)
{
    NS_LOG_INFO(m_name << " *" << task << ": " << line);
    m_debugTrace(task, line);
}

void
MobilityManager::Drop(Ptr<const Packet> packet, const std::string& reason)
{
    NS_LOG_LOGIC(m_name << " drop: " << reason);
    m_drops[reason]++;
    m_dropTrace(packet, reason);
}

const std::string&
MobilityManager::GetGroupName() const
{
    return m_groupName;
}

const std::array<uint8_t, 16>&
MobilityManager::GetGroupId() const
{
    return m_groupId;
}

const std::map<Ipv4Address, MobilityMember>&
MobilityManager::GetMembers() const
{
    return m_members;
}

bool
MobilityManager::IsMemberUp(Ipv4Address ip) const
{
    auto it = m_members.find(ip);
    return it != m_members.end() && it->second.up;
}

const std::map<std::string, uint64_t>&
MobilityManager::GetDrops() const
{
    return m_drops;
}

std::string
MobilityManager::ShowSummary() const
{
    auto line = [](const std::string& label, const std::string& value) {
        std::string padded = label;
        padded.resize(std::max<std::size_t>(padded.size(), 49), '.');
        return " " + padded + " " + value + "\n";
    };
    std::ostringstream os;
    os << line("Mobility Protocol Port", std::to_string(m_port));
    os << line("Default Mobility Domain", m_groupName);
    os << line("Multicast Mode ", "Disabled");
    os << line("Mobility Keepalive Interval",
               std::to_string(static_cast<int>(m_keepAliveInterval.GetSeconds())));
    os << line("Mobility Keepalive Count", std::to_string(m_keepAliveCount));
    os << line("Mobility Group Members Configured", std::to_string(m_members.size() + 1));
    os << line("Mobility Control Message DSCP Value", "0");
    os << "\n Controllers configured in the Mobility Group\n";
    os << " MAC Address        IP Address       Group Name                        Multicast IP"
          "     Status\n";
    auto row = [&os](Mac48Address mac,
                     Ipv4Address ip,
                     const std::string& group,
                     const std::string& status) {
        os << " " << std::left << std::setw(17) << Text(mac) << "  " << std::setw(15) << Text(ip)
           << "  " << std::setw(32) << group << "  " << std::setw(15) << "0.0.0.0"
           << "  " << status << "\n";
    };
    row(m_mac, m_address, m_groupName, "Up");
    for (const auto& [ip, member] : m_members)
    {
        row(member.mac, ip, member.group, member.up ? "Up" : "Control and Data Paths Down");
    }
    return os.str();
}

} // namespace ns3
