/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-authenticator.h"

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/random-bytes.h"
#include "ns3/random-variable-stream.h"
#include "ns3/rsn-element.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcAuthenticator");
NS_OBJECT_ENSURE_REGISTERED(WlcAuthenticator);

TypeId
WlcAuthenticator::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::WlcAuthenticator")
            .SetParent<Object>()
            .SetGroupName("Wlc")
            .AddConstructor<WlcAuthenticator>()
            .AddAttribute("EapolKeyTimeout",
                          "Time before an unanswered EAPOL-Key message is sent again (AireOS "
                          "'config advanced eap eapol-key-timeout', default 1000 ms).",
                          TimeValue(MilliSeconds(1000)),
                          MakeTimeAccessor(&WlcAuthenticator::m_timeout),
                          MakeTimeChecker(MilliSeconds(1)))
            .AddAttribute("EapolKeyMaxRetries",
                          "Retransmissions of an EAPOL-Key message before the handshake fails "
                          "(AireOS 'config advanced eap eapol-key-retries', default 2).",
                          UintegerValue(2),
                          MakeUintegerAccessor(&WlcAuthenticator::m_maxRetries),
                          MakeUintegerChecker<uint32_t>(0, 4))
            .AddTraceSource("HandshakeCompleted",
                            "A client completed the 4-way handshake.",
                            MakeTraceSourceAccessor(&WlcAuthenticator::m_completedTrace),
                            "ns3::WlcAuthenticator::CompletedTracedCallback")
            .AddTraceSource("HandshakeFailed",
                            "A client's 4-way handshake failed.",
                            MakeTraceSourceAccessor(&WlcAuthenticator::m_failedTrace),
                            "ns3::WlcAuthenticator::FailedTracedCallback");
    return tid;
}

WlcAuthenticator::WlcAuthenticator()
    : m_random(CreateObject<UniformRandomVariable>())
{
    NS_LOG_FUNCTION(this);
}

WlcAuthenticator::~WlcAuthenticator()
{
    NS_LOG_FUNCTION(this);
}

void
WlcAuthenticator::DoDispose()
{
    for (auto& [client, handshake] : m_handshakes)
    {
        handshake.timer.Cancel();
    }
    m_handshakes.clear();
    m_send = SendCallback();
    m_completed = CompletedCallback();
    m_failed = FailedCallback();
    Object::DoDispose();
}

int64_t
WlcAuthenticator::AssignStreams(int64_t stream)
{
    m_random->SetStream(stream);
    return 1;
}

void
WlcAuthenticator::SetSendCallback(SendCallback cb)
{
    m_send = cb;
}

void
WlcAuthenticator::SetCompletedCallback(CompletedCallback cb)
{
    m_completed = cb;
}

void
WlcAuthenticator::SetFailedCallback(FailedCallback cb)
{
    m_failed = cb;
}

std::vector<uint8_t>
WlcAuthenticator::WlanRsnElement(uint32_t akm)
{
    RsnElement rsn; // CCMP
    rsn.SetAkmSuites({akm});
    return rsn.Encode();
}

const std::vector<uint8_t>&
WlcAuthenticator::GetGtk()
{
    if (m_gtk.empty())
    {
        m_gtk = RandomBytes(16);
    }
    return m_gtk;
}

std::vector<uint8_t>
WlcAuthenticator::RandomBytes(std::size_t size)
{
    return WlcRandomBytes(m_random, size);
}

void
WlcAuthenticator::Start(Mac48Address client,
                        Mac48Address bssid,
                        const std::vector<uint8_t>& pmk,
                        const std::vector<uint8_t>& clientRsnElement,
                        uint32_t akm,
                        const WpaFtParams& ft)
{
    NS_LOG_FUNCTION(this << client << bssid << ft.enabled);
    Cancel(client);
    WpaAuthenticatorSm::Config config;
    config.pmk = ft.enabled ? std::vector<uint8_t>() : pmk;
    config.aa = bssid;
    config.spa = client;
    config.gtk = GetGtk();
    config.ft = ft;
    config.authenticatorRsnElement = WlanRsnElement(akm);
    config.supplicantRsnElement =
        clientRsnElement.empty() ? config.authenticatorRsnElement : clientRsnElement;
    config.maxTransmissions = m_maxRetries + 1;
    Handshake& handshake = m_handshakes[client];
    handshake.sm = std::make_unique<WpaAuthenticatorSm>(config);
    handshake.started = Simulator::Now();
    Apply(client, handshake.sm->Start(RandomBytes(32)));
}

void
WlcAuthenticator::Receive(Mac48Address client, Ptr<const Packet> eapol)
{
    auto it = m_handshakes.find(client);
    if (it == m_handshakes.end())
    {
        NS_LOG_LOGIC("EAPOL frame from " << client << " without a handshake: ignored");
        return;
    }
    Apply(client, it->second.sm->OnReceive(ByteReader::PacketBytes(eapol)));
}

void
WlcAuthenticator::Apply(Mac48Address client, const WpaAuthenticatorSm::Result& result)
{
    auto it = m_handshakes.find(client);
    if (it == m_handshakes.end())
    {
        return;
    }
    Handshake& handshake = it->second;
    switch (result.action)
    {
    case WpaAuthenticatorSm::Action::SEND:
        handshake.timer.Cancel();
        handshake.timer = Simulator::Schedule(m_timeout, &WlcAuthenticator::Timeout, this, client);
        if (!m_send.IsNull())
        {
            m_send(client, Create<Packet>(result.frame.data(), result.frame.size()));
        }
        break;
    case WpaAuthenticatorSm::Action::COMPLETED:
        handshake.timer.Cancel();
        NS_LOG_INFO(client << " 4-way handshake completed in "
                           << (Simulator::Now() - handshake.started).As(Time::MS));
        m_completedTrace(client, Simulator::Now() - handshake.started);
        if (!m_completed.IsNull())
        {
            m_completed(client);
        }
        break;
    case WpaAuthenticatorSm::Action::IGNORED:
        NS_LOG_LOGIC(client << " EAPOL frame ignored: " << result.reason);
        break;
    case WpaAuthenticatorSm::Action::FAILED:
        handshake.timer.Cancel();
        NS_LOG_INFO(client << " 4-way handshake failed: " << result.reason);
        m_failedTrace(client, result.reason);
        if (!m_failed.IsNull())
        {
            m_failed(client, result.reason);
        }
        break;
    }
}

void
WlcAuthenticator::Timeout(Mac48Address client)
{
    auto it = m_handshakes.find(client);
    if (it == m_handshakes.end())
    {
        return;
    }
    Apply(client, it->second.sm->Retransmit());
}

void
WlcAuthenticator::Cancel(Mac48Address client)
{
    auto it = m_handshakes.find(client);
    if (it != m_handshakes.end())
    {
        it->second.timer.Cancel();
        m_handshakes.erase(it);
    }
}

const WpaAuthenticatorSm*
WlcAuthenticator::GetHandshake(Mac48Address client) const
{
    auto it = m_handshakes.find(client);
    return it == m_handshakes.end() ? nullptr : it->second.sm.get();
}

} // namespace ns3
