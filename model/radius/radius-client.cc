/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "radius-client.h"

#include "ns3/byte-reader.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("RadiusClient");
NS_OBJECT_ENSURE_REGISTERED(RadiusClient);

TypeId
RadiusClient::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::RadiusClient")
            .SetParent<Object>()
            .SetGroupName("Wlc")
            .AddConstructor<RadiusClient>()
            .AddAttribute("Timeout",
                          "Time before an unanswered Access-Request is sent again (Cisco "
                          "AireOS RADIUS server timeout default: 2 s)",
                          TimeValue(Seconds(2)),
                          MakeTimeAccessor(&RadiusClient::m_timeout),
                          MakeTimeChecker(MilliSeconds(1)))
            .AddAttribute("MaxRetransmissions",
                          "Retransmissions of an Access-Request before the request times out",
                          UintegerValue(2),
                          MakeUintegerAccessor(&RadiusClient::m_maxRetransmissions),
                          MakeUintegerChecker<uint32_t>(0, 100))
            .AddAttribute("FramedMtu",
                          "Framed-MTU sent in Access-Requests (RFC 3580 §3.18: the largest EAP "
                          "packet the NAS can carry to the station)",
                          UintegerValue(1300),
                          MakeUintegerAccessor(&RadiusClient::m_framedMtu),
                          MakeUintegerChecker<uint32_t>(64, 65535))
            .AddTraceSource("Tx",
                            "An Access-Request was sent (retransmissions included)",
                            MakeTraceSourceAccessor(&RadiusClient::m_txTrace),
                            "ns3::Packet::TracedCallback")
            .AddTraceSource("Rx",
                            "A valid response was received",
                            MakeTraceSourceAccessor(&RadiusClient::m_rxTrace),
                            "ns3::Packet::TracedCallback")
            .AddTraceSource("Drop",
                            "A response was dropped, with the reason",
                            MakeTraceSourceAccessor(&RadiusClient::m_dropTrace),
                            "ns3::RadiusClient::DropTracedCallback");
    return tid;
}

RadiusClient::RadiusClient()
    : m_timeout(Seconds(2)),
      m_maxRetransmissions(2),
      m_framedMtu(1300),
      m_server(Ipv4Address::GetAny(), RadiusPacket::AUTH_PORT),
      m_random(CreateObject<UniformRandomVariable>()),
      m_nextId(0),
      m_drops(0),
      m_txCount(0)
{
}

RadiusClient::~RadiusClient() = default;

void
RadiusClient::DoDispose()
{
    for (auto& entry : m_pending)
    {
        entry.second.timer.Cancel();
    }
    m_pending.clear();
    m_states.clear();
    if (m_socket)
    {
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
        m_socket->Close();
        m_socket = nullptr;
    }
    m_random = nullptr;
    Object::DoDispose();
}

void
RadiusClient::Setup(Ptr<Node> node,
                    Ipv4Address localAddress,
                    InetSocketAddress server,
                    const std::string& secret,
                    const std::string& nasIdentifier)
{
    NS_LOG_FUNCTION(this << node << localAddress);
    NS_ABORT_MSG_IF(secret.empty(), "RADIUS shared secret must not be empty (RFC 2865 §3)");
    NS_ABORT_MSG_IF(m_socket, "RadiusClient::Setup called twice");
    m_local = localAddress;
    m_server = server;
    m_secret = secret;
    m_nasIdentifier = nasIdentifier;
    m_socket = Socket::CreateSocket(node, UdpSocketFactory::GetTypeId());
    int rc = m_socket->Bind(InetSocketAddress(localAddress, 0));
    NS_ABORT_MSG_IF(rc != 0, "RadiusClient: cannot bind to " << localAddress);
    m_socket->SetRecvCallback(MakeCallback(&RadiusClient::OnReceive, this));
}

int64_t
RadiusClient::AssignStreams(int64_t stream)
{
    m_random->SetStream(stream);
    return 1;
}

int
RadiusClient::NextIdentifier()
{
    for (int tries = 0; tries < 256; ++tries)
    {
        uint8_t id = m_nextId++;
        bool used = false;
        for (const auto& entry : m_pending)
        {
            used = used || entry.second.identifier == id;
        }
        if (!used)
        {
            return id;
        }
    }
    return -1;
}

void
RadiusClient::Send(const Request& request, ReplyCallback callback)
{
    NS_LOG_FUNCTION(this << request.station << request.eap.size());
    NS_ABORT_MSG_IF(!m_socket, "RadiusClient::Send before Setup");
    NS_ABORT_MSG_IF(request.eap.empty(), "RadiusClient::Send without an EAP packet");
    auto old = m_pending.find(request.station);
    if (old != m_pending.end())
    {
        NS_LOG_DEBUG("request of " << request.station << " replaced");
        old->second.timer.Cancel();
        m_pending.erase(old);
    }
    int id = NextIdentifier();
    if (id < 0)
    {
        // 256 outstanding requests: answer TIMEOUT at once (asynchronously, as always).
        Reply reply;
        reply.outcome = Reply::Outcome::TIMEOUT;
        reply.reason = "no free RADIUS identifier";
        Simulator::ScheduleNow([callback, reply]() { callback(reply); });
        return;
    }
    Pending pending;
    pending.request = request;
    pending.callback = callback;
    pending.identifier = static_cast<uint8_t>(id);
    for (auto& octet : pending.authenticator)
    {
        octet = static_cast<uint8_t>(m_random->GetInteger(0, 255));
    }
    RadiusPacket packet(RadiusPacket::ACCESS_REQUEST, pending.identifier);
    packet.SetAuthenticator(pending.authenticator);
    if (!request.userName.empty())
    {
        packet.AddStringAttribute(RadiusPacket::USER_NAME, request.userName.substr(0, 253));
    }
    packet.AddAddressAttribute(RadiusPacket::NAS_IP_ADDRESS, m_local);
    if (!m_nasIdentifier.empty())
    {
        packet.AddStringAttribute(RadiusPacket::NAS_IDENTIFIER, m_nasIdentifier.substr(0, 253));
    }
    packet.AddStringAttribute(RadiusPacket::CALLED_STATION_ID,
                              RadiusPacket::CalledStationId(request.bssid, request.ssid));
    packet.AddStringAttribute(RadiusPacket::CALLING_STATION_ID,
                              RadiusPacket::StationId(request.station));
    packet.AddIntegerAttribute(RadiusPacket::SERVICE_TYPE, RadiusPacket::SERVICE_TYPE_FRAMED);
    packet.AddIntegerAttribute(RadiusPacket::FRAMED_MTU, m_framedMtu);
    packet.AddIntegerAttribute(RadiusPacket::NAS_PORT_TYPE,
                               RadiusPacket::NAS_PORT_TYPE_WIRELESS_80211);
    auto state = m_states.find(request.station);
    if (state != m_states.end())
    {
        packet.AddAttribute(RadiusPacket::STATE, state->second);
    }
    packet.SetEapMessage(request.eap);
    pending.bytes = packet.EncodeRequest(m_secret);
    auto inserted = m_pending.emplace(request.station, pending);
    Transmit(inserted.first->second);
}

void
RadiusClient::Transmit(Pending& pending)
{
    ++pending.transmissions;
    ++m_txCount;
    Ptr<Packet> packet = Create<Packet>(pending.bytes.data(), pending.bytes.size());
    NS_LOG_DEBUG("Access-Request id " << unsigned(pending.identifier) << " for "
                                      << pending.request.station << ", transmission "
                                      << pending.transmissions);
    m_txTrace(packet);
    m_socket->SendTo(packet, 0, m_server);
    pending.timer =
        Simulator::Schedule(m_timeout, &RadiusClient::OnTimeout, this, pending.request.station);
}

void
RadiusClient::OnTimeout(Mac48Address station)
{
    auto it = m_pending.find(station);
    if (it == m_pending.end())
    {
        return;
    }
    if (it->second.transmissions <= m_maxRetransmissions)
    {
        Transmit(it->second);
        return;
    }
    NS_LOG_DEBUG("RADIUS request for " << station << " timed out after " << it->second.transmissions
                                       << " transmissions");
    ReplyCallback callback = it->second.callback;
    Reply reply;
    reply.outcome = Reply::Outcome::TIMEOUT;
    reply.reason = "no answer after " + std::to_string(it->second.transmissions) + " transmissions";
    m_pending.erase(it);
    m_states.erase(station);
    if (callback)
    {
        callback(reply);
    }
}

void
RadiusClient::Cancel(Mac48Address station)
{
    auto it = m_pending.find(station);
    if (it != m_pending.end())
    {
        it->second.timer.Cancel();
        m_pending.erase(it);
    }
    m_states.erase(station);
}

std::size_t
RadiusClient::GetOutstandingCount() const
{
    return m_pending.size();
}

uint64_t
RadiusClient::GetDropCount() const
{
    return m_drops;
}

uint64_t
RadiusClient::GetTxCount() const
{
    return m_txCount;
}

void
RadiusClient::Dropped(const std::string& reason, Ptr<const Packet> packet)
{
    NS_LOG_DEBUG("RADIUS response of " << (packet ? packet->GetSize() : 0)
                                       << " octets dropped: " << reason);
    ++m_drops;
    m_dropTrace(reason);
}

void
RadiusClient::OnReceive(Ptr<Socket> socket)
{
    Address from;
    while (Ptr<Packet> packet = socket->RecvFrom(from))
    {
        Process(packet, from);
    }
}

void
RadiusClient::Process(Ptr<Packet> packet, const Address& from)
{
    if (!InetSocketAddress::IsMatchingType(from))
    {
        Dropped("not from an IPv4 address", packet);
        return;
    }
    InetSocketAddress source = InetSocketAddress::ConvertFrom(from);
    if (source.GetIpv4() != m_server.GetIpv4() || source.GetPort() != m_server.GetPort())
    {
        Dropped("not from the RADIUS server", packet);
        return;
    }
    std::vector<uint8_t> bytes = ByteReader::PacketBytes(packet);
    RadiusPacket response;
    std::string why;
    if (!RadiusPacket::Decode(bytes, response, why))
    {
        Dropped(why, packet);
        return;
    }
    if (!RadiusPacket::IsAccessResponse(response.GetCode()))
    {
        Dropped("unexpected " + RadiusPacket::CodeName(response.GetCode()), packet);
        return;
    }
    auto it = m_pending.begin();
    while (it != m_pending.end() && it->second.identifier != response.GetIdentifier())
    {
        ++it;
    }
    if (it == m_pending.end())
    {
        Dropped("no outstanding request with identifier " +
                    std::to_string(response.GetIdentifier()),
                packet);
        return;
    }
    Pending& pending = it->second;
    if (!RadiusPacket::VerifyResponseAuthenticator(bytes, pending.authenticator, m_secret))
    {
        Dropped("bad Response Authenticator", packet);
        return;
    }
    bool hasEap = response.FindAttribute(RadiusPacket::EAP_MESSAGE) != nullptr;
    if (!RadiusPacket::VerifyMessageAuthenticator(bytes,
                                                  m_secret,
                                                  &pending.authenticator,
                                                  hasEap,
                                                  why))
    {
        Dropped(why, packet);
        return;
    }
    Reply reply;
    reply.eap = response.GetEapMessage();
    Mac48Address station = it->first;
    switch (response.GetCode())
    {
    case RadiusPacket::ACCESS_CHALLENGE: {
        reply.outcome = Reply::Outcome::CHALLENGE;
        std::vector<uint8_t> state;
        if (response.FindAttribute(RadiusPacket::STATE, state))
        {
            m_states[station] = state;
        }
        else
        {
            m_states.erase(station);
        }
        break;
    }
    case RadiusPacket::ACCESS_ACCEPT: {
        reply.outcome = Reply::Outcome::ACCEPT;
        m_states.erase(station);
        response.FindIntegerAttribute(RadiusPacket::SESSION_TIMEOUT, reply.sessionTimeout);
        std::vector<uint8_t> recvValue;
        std::vector<uint8_t> sendValue;
        std::vector<uint8_t> recvKey;
        std::vector<uint8_t> sendKey;
        if (!response.FindVendorAttribute(RadiusPacket::VENDOR_MICROSOFT,
                                          RadiusPacket::MS_MPPE_RECV_KEY,
                                          recvValue) ||
            !response.FindVendorAttribute(RadiusPacket::VENDOR_MICROSOFT,
                                          RadiusPacket::MS_MPPE_SEND_KEY,
                                          sendValue))
        {
            reply.reason = "Access-Accept without MS-MPPE keys";
        }
        else if (!RadiusPacket::DecryptMppeKey(recvValue,
                                               m_secret,
                                               pending.authenticator,
                                               recvKey,
                                               why) ||
                 !RadiusPacket::DecryptMppeKey(sendValue,
                                               m_secret,
                                               pending.authenticator,
                                               sendKey,
                                               why))
        {
            reply.reason = why;
        }
        else
        {
            reply.msk = recvKey;
            reply.msk.insert(reply.msk.end(), sendKey.begin(), sendKey.end());
        }
        break;
    }
    default:
        reply.outcome = Reply::Outcome::REJECT;
        m_states.erase(station);
        reply.reason = "Access-Reject";
        break;
    }
    NS_LOG_DEBUG(RadiusPacket::CodeName(response.GetCode())
                 << " id " << unsigned(response.GetIdentifier()) << " for " << station);
    m_rxTrace(packet);
    pending.timer.Cancel();
    ReplyCallback callback = pending.callback;
    m_pending.erase(it);
    if (callback)
    {
        callback(reply);
    }
}

} // namespace ns3
