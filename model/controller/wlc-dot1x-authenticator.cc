/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-dot1x-authenticator.h"

#include "ns3/byte-reader.h"
#include "ns3/eap-packet.h"
#include "ns3/eapol-frame.h"
#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/radius-client.h"
#include "ns3/random-variable-stream.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcDot1xAuthenticator");
NS_OBJECT_ENSURE_REGISTERED(WlcDot1xAuthenticator);

TypeId
WlcDot1xAuthenticator::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::WlcDot1xAuthenticator")
            .SetParent<Object>()
            .SetGroupName("Wlc")
            .AddConstructor<WlcDot1xAuthenticator>()
            .AddAttribute("EapRequestTimeout",
                          "Time before an unanswered EAP-Request is sent to the client again "
                          "(AireOS 'config advanced eap request-timeout' and "
                          "'identity-request-timeout', default 30 s).",
                          TimeValue(Seconds(30)),
                          MakeTimeAccessor(&WlcDot1xAuthenticator::m_requestTimeout),
                          MakeTimeChecker(MilliSeconds(1)))
            .AddAttribute("EapMaxRetries",
                          "Retransmissions of an EAP-Request before the exchange fails (AireOS "
                          "'request-retries', default 2).",
                          UintegerValue(2),
                          MakeUintegerAccessor(&WlcDot1xAuthenticator::m_maxRetries),
                          MakeUintegerChecker<uint32_t>(0, 20))
            .AddAttribute("PmkLifetime",
                          "How long the PMK of an accepted client stays in the PMK cache when "
                          "the Access-Accept carries no Session-Timeout (the AireOS WLAN "
                          "session timeout, default 1800 s).",
                          TimeValue(Seconds(1800)),
                          MakeTimeAccessor(&WlcDot1xAuthenticator::m_pmkLifetime),
                          MakeTimeChecker(Seconds(1)))
            .AddTraceSource("EapStarted",
                            "The controller sent a client its first EAP-Request/Identity.",
                            MakeTraceSourceAccessor(&WlcDot1xAuthenticator::m_startedTrace),
                            "ns3::Mac48Address::TracedCallback")
            .AddTraceSource("EapCompleted",
                            "The RADIUS server accepted a client.",
                            MakeTraceSourceAccessor(&WlcDot1xAuthenticator::m_completedTrace),
                            "ns3::WlcDot1xAuthenticator::CompletedTracedCallback")
            .AddTraceSource("EapFailed",
                            "A client's 802.1X exchange failed (reject, timeout).",
                            MakeTraceSourceAccessor(&WlcDot1xAuthenticator::m_failedTrace),
                            "ns3::WlcDot1xAuthenticator::FailedTracedCallback")
            .AddTraceSource("Drop",
                            "An EAPOL frame from a client was malformed or unexpected.",
                            MakeTraceSourceAccessor(&WlcDot1xAuthenticator::m_dropTrace),
                            "ns3::WlcDot1xAuthenticator::DropTracedCallback");
    return tid;
}

WlcDot1xAuthenticator::WlcDot1xAuthenticator()
    : m_random(CreateObject<UniformRandomVariable>())
{
    NS_LOG_FUNCTION(this);
}

WlcDot1xAuthenticator::~WlcDot1xAuthenticator()
{
    NS_LOG_FUNCTION(this);
}

void
WlcDot1xAuthenticator::DoDispose()
{
    for (auto& [client, session] : m_sessions)
    {
        session.timer.Cancel();
    }
    m_sessions.clear();
    if (m_radius)
    {
        m_radius->Dispose();
    }
    m_radius = nullptr;
    m_send = SendCallback();
    m_completed = CompletedCallback();
    m_failed = FailedCallback();
    Object::DoDispose();
}

int64_t
WlcDot1xAuthenticator::AssignStreams(int64_t stream)
{
    m_random->SetStream(stream);
    return 1;
}

void
WlcDot1xAuthenticator::SetSendCallback(SendCallback cb)
{
    m_send = cb;
}

void
WlcDot1xAuthenticator::SetCompletedCallback(CompletedCallback cb)
{
    m_completed = cb;
}

void
WlcDot1xAuthenticator::SetFailedCallback(FailedCallback cb)
{
    m_failed = cb;
}

void
WlcDot1xAuthenticator::SetRadiusClient(Ptr<RadiusClient> client)
{
    m_radius = client;
}

Ptr<RadiusClient>
WlcDot1xAuthenticator::GetRadiusClient() const
{
    return m_radius;
}

bool
WlcDot1xAuthenticator::IsRunning(Mac48Address client) const
{
    return m_sessions.count(client) > 0;
}

uint64_t
WlcDot1xAuthenticator::GetDropCount() const
{
    return m_drops;
}

void
WlcDot1xAuthenticator::Start(Mac48Address client, Mac48Address bssid, const std::string& ssid)
{
    NS_LOG_FUNCTION(this << client << bssid << ssid);
    NS_ABORT_MSG_UNLESS(m_radius,
                        "WlcDot1xAuthenticator: a WPA2-802.1X WLAN needs a RADIUS server; "
                        "configure one with WirelessLanController::SetRadiusServer");
    Cancel(client);
    Session& session = m_sessions[client];
    session.bssid = bssid;
    session.ssid = ssid;
    session.started = Simulator::Now();
    EapPacket identity;
    identity.SetCode(EapPacket::REQUEST);
    identity.SetIdentifier(static_cast<uint8_t>(m_random->GetInteger(0, 255)));
    identity.SetType(EapPacket::IDENTITY);
    m_startedTrace(client);
    SendRequest(client, identity.Encode());
}

void
WlcDot1xAuthenticator::SendEap(Mac48Address client, const std::vector<uint8_t>& eap)
{
    if (m_send.IsNull())
    {
        return;
    }
    EapolFrame frame(EapolFrame::VERSION_2004, EapolFrame::EAP_PACKET, eap);
    std::vector<uint8_t> bytes = frame.Encode();
    m_send(client, Create<Packet>(bytes.data(), bytes.size()));
}

void
WlcDot1xAuthenticator::SendRequest(Mac48Address client, const std::vector<uint8_t>& eap)
{
    Session& session = m_sessions.at(client);
    session.request = eap;
    session.identifier = eap.size() > 1 ? eap[1] : 0;
    session.tries = 1;
    session.waitingServer = false;
    session.timer.Cancel();
    session.timer =
        Simulator::Schedule(m_requestTimeout, &WlcDot1xAuthenticator::Timeout, this, client);
    SendEap(client, eap);
}

void
WlcDot1xAuthenticator::Timeout(Mac48Address client)
{
    auto it = m_sessions.find(client);
    if (it == m_sessions.end())
    {
        return;
    }
    Session& session = it->second;
    if (session.tries > m_maxRetries)
    {
        Fail(client, "the client did not answer the EAP-Request");
        return;
    }
    ++session.tries;
    NS_LOG_INFO(client << " EAP-Request " << unsigned(session.identifier) << " sent again");
    session.timer =
        Simulator::Schedule(m_requestTimeout, &WlcDot1xAuthenticator::Timeout, this, client);
    SendEap(client, session.request);
}

void
WlcDot1xAuthenticator::Receive(Mac48Address client, Ptr<const Packet> eapol)
{
    EapolFrame frame;
    std::string why;
    if (!EapolFrame::Decode(ByteReader::PacketBytes(eapol), frame, why))
    {
        Drop("malformed EAPOL frame: " + why);
        return;
    }
    if (frame.GetPacketType() == EapolFrame::EAPOL_START)
    {
        auto it = m_sessions.find(client);
        if (it != m_sessions.end())
        {
            NS_LOG_INFO(client << " EAPOL-Start: 802.1X restarted");
            // copies: Start() ends the session these belong to
            Mac48Address bssid = it->second.bssid;
            std::string ssid = it->second.ssid;
            Start(client, bssid, ssid);
        }
        else
        {
            Drop("EAPOL-Start outside an 802.1X exchange");
        }
        return;
    }
    if (frame.GetPacketType() != EapolFrame::EAP_PACKET)
    {
        Drop("EAPOL " + EapolFrame::PacketTypeName(frame.GetPacketType()) +
             " is not for the 802.1X authenticator");
        return;
    }
    OnResponse(client, frame.GetBody());
}

void
WlcDot1xAuthenticator::OnResponse(Mac48Address client, const std::vector<uint8_t>& eap)
{
    auto it = m_sessions.find(client);
    if (it == m_sessions.end())
    {
        Drop("EAP packet outside an 802.1X exchange");
        return;
    }
    Session& session = it->second;
    EapPacket packet;
    std::string why;
    if (!EapPacket::Decode(eap, packet, why))
    {
        Drop("malformed EAP packet: " + why);
        return;
    }
    if (packet.GetCode() != EapPacket::RESPONSE)
    {
        Drop("EAP " + EapPacket::CodeName(packet.GetCode()) + " from a client");
        return;
    }
    if (session.waitingServer || packet.GetIdentifier() != session.identifier)
    {
        // a copy of a response already relayed, or an answer to an older request
        Drop("EAP-Response " + std::to_string(packet.GetIdentifier()) + " does not answer the " +
             "outstanding request");
        return;
    }
    session.timer.Cancel();
    session.waitingServer = true;
    if (packet.GetType() == EapPacket::IDENTITY)
    {
        const std::vector<uint8_t>& data = packet.GetTypeData();
        session.username.assign(data.begin(), data.end());
    }
    // the copy relayed: RFC 3579 3.1 (pass-through; the EAP packet is not changed)
    std::vector<uint8_t> relayed(eap.begin(), eap.begin() + (eap[2] << 8 | eap[3]));
    RadiusClient::Request request;
    request.station = client;
    request.bssid = session.bssid;
    request.ssid = session.ssid;
    request.userName = session.username;
    request.eap = relayed;
    ++session.roundTrips;
    m_radius->Send(request, [this, client](const RadiusClient::Reply& reply) {
        auto found = m_sessions.find(client);
        if (found == m_sessions.end())
        {
            return;
        }
        Session& current = found->second;
        switch (reply.outcome)
        {
        case RadiusClient::Reply::Outcome::CHALLENGE: {
            EapPacket request;
            std::string why;
            if (!EapPacket::Decode(reply.eap, request, why) ||
                request.GetCode() != EapPacket::REQUEST)
            {
                FailWithEapFailure(client, "Access-Challenge without an EAP-Request");
                break;
            }
            SendRequest(client, reply.eap);
            break;
        }
        case RadiusClient::Reply::Outcome::ACCEPT: {
            EapPacket success;
            std::string why;
            if (reply.msk.size() < 32)
            {
                FailWithEapFailure(client,
                                   "Access-Accept without usable MS-MPPE keys" +
                                       (reply.reason.empty() ? "" : ": " + reply.reason));
                break;
            }
            if (!EapPacket::Decode(reply.eap, success, why) ||
                success.GetCode() != EapPacket::SUCCESS)
            {
                FailWithEapFailure(client, "Access-Accept without EAP-Success");
                break;
            }
            SendEap(client, reply.eap);
            Time duration = Simulator::Now() - current.started;
            uint32_t roundTrips = current.roundTrips;
            std::string username = current.username;
            NS_LOG_INFO(client << " 802.1X accepted (" << username << ") after " << roundTrips
                               << " RADIUS round trips, " << duration.As(Time::MS));
            m_sessions.erase(found);
            m_completedTrace(client, duration, roundTrips);
            if (!m_completed.IsNull())
            {
                // the server's Session-Timeout, if it sent one, bounds the PMK's lifetime
                Time lifetime =
                    reply.sessionTimeout > 0 ? Seconds(reply.sessionTimeout) : m_pmkLifetime;
                m_completed(client, reply.msk, username, lifetime);
            }
            break;
        }
        case RadiusClient::Reply::Outcome::REJECT:
            if (!reply.eap.empty())
            {
                SendEap(client, reply.eap); // EAP-Failure
            }
            Fail(client,
                 "RADIUS Access-Reject" + (reply.reason.empty() ? "" : ": " + reply.reason));
            break;
        case RadiusClient::Reply::Outcome::TIMEOUT:
            Fail(client, "the RADIUS server did not answer");
            break;
        }
    });
}

void
WlcDot1xAuthenticator::FailWithEapFailure(Mac48Address client, const std::string& reason)
{
    auto it = m_sessions.find(client);
    if (it != m_sessions.end())
    {
        // the client learns the outcome (RFC 3748 4.2: the identifier of the last request)
        SendEap(client, EapPacket::MakeResult(EapPacket::FAILURE, it->second.identifier).Encode());
    }
    Fail(client, reason);
}

void
WlcDot1xAuthenticator::Fail(Mac48Address client, const std::string& reason)
{
    NS_LOG_INFO(client << " 802.1X failed: " << reason);
    Cancel(client);
    m_failedTrace(client, reason);
    if (!m_failed.IsNull())
    {
        m_failed(client, reason);
    }
}

void
WlcDot1xAuthenticator::Cancel(Mac48Address client)
{
    auto it = m_sessions.find(client);
    if (it == m_sessions.end())
    {
        return;
    }
    it->second.timer.Cancel();
    m_sessions.erase(it);
    if (m_radius)
    {
        m_radius->Cancel(client);
    }
}

void
WlcDot1xAuthenticator::Drop(const std::string& why)
{
    NS_LOG_LOGIC("dropped: " << why);
    ++m_drops;
    m_dropTrace(why);
}

} // namespace ns3
