/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "radius-server.h"

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/eap-packet.h"
#include "ns3/inet-socket-address.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("RadiusServer");
NS_OBJECT_ENSURE_REGISTERED(RadiusServer);

TypeId
RadiusServer::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::RadiusServer")
            .SetParent<Application>()
            .SetGroupName("Wlc")
            .AddConstructor<RadiusServer>()
            .AddAttribute("Port",
                          "UDP port of the authentication service (RFC 2865 §3)",
                          UintegerValue(RadiusPacket::AUTH_PORT),
                          MakeUintegerAccessor(&RadiusServer::m_port),
                          MakeUintegerChecker<uint16_t>(1))
            .AddAttribute("ProcessingDelay",
                          "Time from an Access-Request to its reply. The default of 2 ms is an "
                          "assumed typical per-round time of a lightly loaded FreeRADIUS on a "
                          "LAN for a PEAP round (TLS record processing, one RSA signature in "
                          "the ServerKeyExchange round), not a measured constant",
                          TimeValue(MilliSeconds(2)),
                          MakeTimeAccessor(&RadiusServer::m_processingDelay),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("RoundTrips",
                          "Access-Request / Access-Challenge round trips of one EAP exchange, "
                          "Identity included (EapServerSm::Config::rounds; 10 for "
                          "PEAP-MSCHAPv2)",
                          UintegerValue(10),
                          MakeUintegerAccessor(&RadiusServer::m_roundTrips),
                          MakeUintegerChecker<uint32_t>(3, 256))
            .AddAttribute("SessionTimeout",
                          "Session-Timeout sent in Access-Accept, seconds (1800 s: the Cisco "
                          "AireOS WLAN session timeout default)",
                          UintegerValue(1800),
                          MakeUintegerAccessor(&RadiusServer::m_sessionTimeout),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("SessionIdleTimeout",
                          "An EAP session without a request for this long is forgotten "
                          "(FreeRADIUS eap timer_expire default: 60 s)",
                          TimeValue(Seconds(60)),
                          MakeTimeAccessor(&RadiusServer::m_idleTimeout),
                          MakeTimeChecker(MilliSeconds(1)))
            .AddTraceSource("Accepted",
                            "An Access-Accept was sent: the user and the Calling-Station-Id",
                            MakeTraceSourceAccessor(&RadiusServer::m_acceptedTrace),
                            "ns3::RadiusServer::UserTracedCallback")
            .AddTraceSource("Rejected",
                            "An Access-Reject was sent: the user and the reason",
                            MakeTraceSourceAccessor(&RadiusServer::m_rejectedTrace),
                            "ns3::RadiusServer::UserTracedCallback")
            .AddTraceSource("Drop",
                            "An Access-Request was dropped, with the reason",
                            MakeTraceSourceAccessor(&RadiusServer::m_dropTrace),
                            "ns3::RadiusServer::DropTracedCallback");
    return tid;
}

RadiusServer::RadiusServer()
    : m_port(RadiusPacket::AUTH_PORT),
      m_processingDelay(MilliSeconds(2)),
      m_roundTrips(10),
      m_sessionTimeout(1800),
      m_idleTimeout(Seconds(60)),
      m_random(CreateObject<UniformRandomVariable>()),
      m_stateCounter(0),
      m_drops(0),
      m_requests(0),
      m_duplicates(0),
      m_accepts(0),
      m_rejects(0)
{
}

RadiusServer::~RadiusServer() = default;

void
RadiusServer::DoDispose()
{
    m_sessions.clear();
    m_cache.clear();
    m_socket = nullptr;
    m_random = nullptr;
    Application::DoDispose();
}

void
RadiusServer::AddClient(Ipv4Address nas, const std::string& secret)
{
    NS_ABORT_MSG_IF(secret.empty(), "RADIUS shared secret must not be empty");
    m_clients[nas] = secret;
}

void
RadiusServer::AddUser(const std::string& identity, const std::string& password)
{
    NS_ABORT_MSG_IF(password.empty(), "RADIUS user " << identity << " without a password");
    m_users[identity] = password;
}

uint64_t
RadiusServer::GetDropCount() const
{
    return m_drops;
}

uint64_t
RadiusServer::GetRequestCount() const
{
    return m_requests;
}

uint64_t
RadiusServer::GetDuplicateCount() const
{
    return m_duplicates;
}

uint64_t
RadiusServer::GetAcceptCount() const
{
    return m_accepts;
}

uint64_t
RadiusServer::GetRejectCount() const
{
    return m_rejects;
}

std::size_t
RadiusServer::GetSessionCount() const
{
    return m_sessions.size();
}

int64_t
RadiusServer::AssignStreams(int64_t stream)
{
    m_random->SetStream(stream);
    return 1;
}

void
RadiusServer::StartApplication()
{
    NS_LOG_FUNCTION(this);
    if (!m_socket)
    {
        m_socket = Socket::CreateSocket(GetNode(), UdpSocketFactory::GetTypeId());
        int rc = m_socket->Bind(InetSocketAddress(Ipv4Address::GetAny(), m_port));
        NS_ABORT_MSG_IF(rc != 0, "RadiusServer: cannot bind port " << m_port);
    }
    m_socket->SetRecvCallback(MakeCallback(&RadiusServer::OnReceive, this));
}

void
RadiusServer::StopApplication()
{
    NS_LOG_FUNCTION(this);
    if (m_socket)
    {
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
        m_socket->Close();
        m_socket = nullptr;
    }
}

void
RadiusServer::Dropped(const std::string& reason)
{
    NS_LOG_DEBUG("Access-Request dropped: " << reason);
    ++m_drops;
    m_dropTrace(reason);
}

std::vector<uint8_t>
RadiusServer::NewState()
{
    // "wlc" || counter (8) || 5 random octets: unique and hard to guess.
    ByteWriter writer;
    writer.WriteString("wlc");
    writer.WriteU64(++m_stateCounter);
    for (int i = 0; i < 5; ++i)
    {
        writer.WriteU8(static_cast<uint8_t>(m_random->GetInteger(0, 255)));
    }
    return writer.GetBytes();
}

std::vector<uint8_t>
RadiusServer::NewNonce()
{
    std::vector<uint8_t> nonce(EapModelledMethod::NONCE_SIZE);
    for (auto& octet : nonce)
    {
        octet = static_cast<uint8_t>(m_random->GetInteger(0, 255));
    }
    return nonce;
}

void
RadiusServer::Expire()
{
    Time now = Simulator::Now();
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
    {
        it = now - it->second.lastActivity > m_idleTimeout ? m_sessions.erase(it) : std::next(it);
    }
    for (auto it = m_cache.begin(); it != m_cache.end();)
    {
        it = now - it->second.time > m_idleTimeout ? m_cache.erase(it) : std::next(it);
    }
}

void
RadiusServer::OnReceive(Ptr<Socket> socket)
{
    Address from;
    while (Ptr<Packet> packet = socket->RecvFrom(from))
    {
        Process(packet, from);
    }
}

void
RadiusServer::Process(Ptr<Packet> packet, const Address& from)
{
    if (!InetSocketAddress::IsMatchingType(from))
    {
        Dropped("not from an IPv4 address");
        return;
    }
    InetSocketAddress source = InetSocketAddress::ConvertFrom(from);
    auto client = m_clients.find(source.GetIpv4());
    if (client == m_clients.end())
    {
        std::ostringstream reason;
        reason << "unknown NAS " << source.GetIpv4();
        Dropped(reason.str());
        return;
    }
    const std::string& secret = client->second;
    std::vector<uint8_t> bytes = ByteReader::PacketBytes(packet);
    RadiusPacket request;
    std::string why;
    if (!RadiusPacket::Decode(bytes, request, why))
    {
        Dropped(why);
        return;
    }
    if (request.GetCode() != RadiusPacket::ACCESS_REQUEST)
    {
        Dropped("unexpected " + RadiusPacket::CodeName(request.GetCode()));
        return;
    }
    std::vector<uint8_t> eap = request.GetEapMessage();
    if (eap.empty())
    {
        Dropped("Access-Request without EAP-Message");
        return;
    }
    if (!RadiusPacket::VerifyMessageAuthenticator(bytes, secret, nullptr, true, why))
    {
        Dropped(why);
        return;
    }
    Expire();
    RequestKey key{source.GetIpv4().Get(), source.GetPort(), request.GetIdentifier()};
    auto cached = m_cache.find(key);
    if (cached != m_cache.end() && cached->second.authenticator == request.GetAuthenticator())
    {
        ++m_duplicates;
        if (cached->second.bytes.empty())
        {
            NS_LOG_DEBUG("duplicate Access-Request id " << unsigned(request.GetIdentifier())
                                                        << ", reply not ready: ignored");
            return;
        }
        NS_LOG_DEBUG("duplicate Access-Request id " << unsigned(request.GetIdentifier())
                                                    << ": cached reply sent again");
        m_socket->SendTo(Create<Packet>(cached->second.bytes.data(), cached->second.bytes.size()),
                         0,
                         from);
        return;
    }

    // Find or create the session.
    std::vector<uint8_t> state;
    std::string callingStationId;
    request.FindStringAttribute(RadiusPacket::CALLING_STATION_ID, callingStationId);
    if (request.FindAttribute(RadiusPacket::STATE, state))
    {
        if (m_sessions.find(state) == m_sessions.end())
        {
            Dropped("unknown State");
            return;
        }
    }
    else
    {
        EapPacket identity;
        if (!EapPacket::Decode(eap, identity, why) || identity.GetCode() != EapPacket::RESPONSE ||
            identity.GetType() != EapPacket::IDENTITY)
        {
            Dropped("Access-Request without State does not carry a Response/Identity");
            return;
        }
        std::string user(identity.GetTypeData().begin(), identity.GetTypeData().end());
        auto found = m_users.find(user);
        EapServerSm::Config config;
        config.password = found == m_users.end() ? "" : found->second;
        config.nonce = NewNonce();
        config.rounds = m_roundTrips;
        state = NewState();
        Session session;
        session.eap = std::make_unique<EapServerSm>(config);
        session.user = user;
        session.callingStationId = callingStationId;
        m_sessions[state] = std::move(session);
    }
    Session& session = m_sessions[state];
    session.lastActivity = Simulator::Now();
    EapServerSm::Result result = session.eap->OnResponse(eap);
    if (result.action == EapServerSm::Result::Action::IGNORED)
    {
        Dropped("EAP: " + result.reason);
        return;
    }
    ++m_requests;
    RadiusPacket reply;
    reply.SetIdentifier(request.GetIdentifier());
    const RadiusPacket::Authenticator& requestAuthenticator = request.GetAuthenticator();
    std::string user = session.user;
    switch (result.action)
    {
    case EapServerSm::Result::Action::CHALLENGE:
        reply.SetCode(RadiusPacket::ACCESS_CHALLENGE);
        reply.SetEapMessage(result.eap);
        reply.AddAttribute(RadiusPacket::STATE, state);
        break;
    case EapServerSm::Result::Action::ACCEPT: {
        reply.SetCode(RadiusPacket::ACCESS_ACCEPT);
        reply.AddStringAttribute(RadiusPacket::USER_NAME, user.substr(0, 253));
        reply.AddIntegerAttribute(RadiusPacket::SESSION_TIMEOUT, m_sessionTimeout);
        std::vector<uint8_t> recvKey(result.msk.begin(), result.msk.begin() + 32);
        std::vector<uint8_t> sendKey(result.msk.begin() + 32, result.msk.begin() + 64);
        // Two different salts per packet (RFC 2548 §2.4.2: each salt must be unique).
        uint16_t salt = static_cast<uint16_t>(m_random->GetInteger(0, 0x7ffe));
        reply.AddVendorAttribute(
            RadiusPacket::VENDOR_MICROSOFT,
            RadiusPacket::MS_MPPE_RECV_KEY,
            RadiusPacket::EncryptMppeKey(recvKey, secret, requestAuthenticator, salt));
        reply.AddVendorAttribute(
            RadiusPacket::VENDOR_MICROSOFT,
            RadiusPacket::MS_MPPE_SEND_KEY,
            RadiusPacket::EncryptMppeKey(sendKey, secret, requestAuthenticator, salt + 1));
        reply.SetEapMessage(result.eap);
        ++m_accepts;
        m_acceptedTrace(user, session.callingStationId);
        m_sessions.erase(state);
        break;
    }
    default:
        reply.SetCode(RadiusPacket::ACCESS_REJECT);
        reply.SetEapMessage(result.eap);
        ++m_rejects;
        m_rejectedTrace(user, result.reason);
        m_sessions.erase(state);
        break;
    }
    CachedReply entry;
    entry.authenticator = requestAuthenticator;
    entry.time = Simulator::Now();
    m_cache[key] = entry;
    Simulator::Schedule(m_processingDelay,
                        &RadiusServer::SendReply,
                        this,
                        key,
                        from,
                        reply.EncodeResponse(requestAuthenticator, secret));
}

void
RadiusServer::SendReply(RequestKey key, Address to, std::vector<uint8_t> bytes)
{
    auto cached = m_cache.find(key);
    if (cached != m_cache.end())
    {
        cached->second.bytes = bytes;
    }
    if (m_socket)
    {
        m_socket->SendTo(Create<Packet>(bytes.data(), bytes.size()), 0, to);
    }
}

} // namespace ns3
