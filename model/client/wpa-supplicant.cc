/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wpa-supplicant.h"

#include "ns3/abort.h"
#include "ns3/byte-reader.h"
#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/random-variable-stream.h"
#include "ns3/rsn-element.h"
#include "ns3/simulator.h"
#include "ns3/sta-wifi-mac.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wpa-crypto.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WpaSupplicant");
NS_OBJECT_ENSURE_REGISTERED(WpaSupplicant);

TypeId
WpaSupplicant::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::WpaSupplicant")
            .SetParent<Object>()
            .SetGroupName("Wlc")
            .AddConstructor<WpaSupplicant>()
            .AddTraceSource("HandshakeCompleted",
                            "The 4-way handshake completed and the port was authorized.",
                            MakeTraceSourceAccessor(&WpaSupplicant::m_completedTrace),
                            "ns3::WpaSupplicant::CompletedTracedCallback")
            .AddTraceSource("HandshakeFailed",
                            "The 4-way handshake failed; the port stays unauthorized.",
                            MakeTraceSourceAccessor(&WpaSupplicant::m_failedTrace),
                            "ns3::WpaSupplicant::FailedTracedCallback");
    return tid;
}

WpaSupplicant::WpaSupplicant()
    : m_random(CreateObject<UniformRandomVariable>())
{
    NS_LOG_FUNCTION(this);
}

WpaSupplicant::~WpaSupplicant()
{
    NS_LOG_FUNCTION(this);
}

void
WpaSupplicant::DoDispose()
{
    m_station = nullptr;
    m_port = nullptr;
    m_sm.reset();
    Object::DoDispose();
}

int64_t
WpaSupplicant::AssignStreams(int64_t stream)
{
    m_random->SetStream(stream);
    return 1;
}

void
WpaSupplicant::Setup(Ptr<WifiNetDevice> station,
                     Ptr<ControlledPortNetDevice> port,
                     const std::string& ssid,
                     const std::string& passphrase)
{
    NS_LOG_FUNCTION(this << station << port << ssid);
    Ptr<StaWifiMac> mac = DynamicCast<StaWifiMac>(station->GetMac());
    NS_ABORT_MSG_UNLESS(mac, "WpaSupplicant: the device must be a WifiNetDevice with a StaWifiMac");
    m_station = station;
    m_port = port;
    if (!passphrase.empty())
    {
        std::string why;
        NS_ABORT_MSG_UNLESS(WpaCrypto::DerivePmk(passphrase, ssid, m_pmk, why),
                            "WpaSupplicant for " << station->GetAddress() << ": " << why);
    }
    mac->TraceConnectWithoutContext("Assoc", MakeCallback(&WpaSupplicant::Associated, this));
    mac->TraceConnectWithoutContext("DeAssoc", MakeCallback(&WpaSupplicant::Disassociated, this));
    port->SetEapolCallback(MakeCallback(&WpaSupplicant::ReceiveEapol, this));
}

Ptr<ControlledPortNetDevice>
WpaSupplicant::GetPort() const
{
    return m_port;
}

const WpaSupplicantSm*
WpaSupplicant::GetHandshake() const
{
    return m_sm.get();
}

void
WpaSupplicant::Associated(Mac48Address bssid)
{
    NS_LOG_FUNCTION(this << bssid);
    m_bssid = bssid;
    m_associatedAt = Simulator::Now();
    if (m_pmk.empty())
    {
        m_port->SetAuthorized(true);
        return;
    }
    WpaSupplicantSm::Config config;
    config.pmk = m_pmk;
    config.aa = bssid;
    config.spa = Mac48Address::ConvertFrom(m_station->GetAddress());
    config.snonce.resize(32);
    for (auto& byte : config.snonce)
    {
        byte = static_cast<uint8_t>(m_random->GetInteger(0, 255));
    }
    // ns-3's Wi-Fi MAC carries no RSN element: the client offers, and expects, WPA2-PSK/CCMP
    config.supplicantRsnElement = RsnElement().Encode();
    config.authenticatorRsnElement = config.supplicantRsnElement;
    m_sm = std::make_unique<WpaSupplicantSm>(config);
}

void
WpaSupplicant::Disassociated(Mac48Address bssid)
{
    NS_LOG_FUNCTION(this << bssid);
    m_sm.reset();
    m_port->SetAuthorized(false);
}

void
WpaSupplicant::ReceiveEapol(Ptr<const Packet> eapol, Mac48Address from)
{
    NS_LOG_FUNCTION(this << eapol << from);
    if (!m_sm || from != m_bssid)
    {
        NS_LOG_LOGIC("EAPOL frame outside a handshake with the current AP: ignored");
        return;
    }
    WpaSupplicantSm::Result result = m_sm->OnReceive(ByteReader::PacketBytes(eapol));
    switch (result.action)
    {
    case WpaSupplicantSm::Action::SEND:
        m_port->SendEapol(Create<Packet>(result.frame.data(), result.frame.size()), m_bssid);
        break;
    case WpaSupplicantSm::Action::COMPLETED:
        m_port->SendEapol(Create<Packet>(result.frame.data(), result.frame.size()), m_bssid);
        NS_LOG_INFO(m_station->GetAddress() << " keys installed with " << m_bssid);
        m_completedTrace(m_bssid, Simulator::Now() - m_associatedAt);
        m_port->SetAuthorized(true);
        break;
    case WpaSupplicantSm::Action::IGNORED:
        NS_LOG_LOGIC("EAPOL frame ignored: " << result.reason);
        break;
    case WpaSupplicantSm::Action::FAILED:
        NS_LOG_INFO(m_station->GetAddress() << " handshake failed: " << result.reason);
        m_failedTrace(m_bssid, result.reason);
        break;
    }
}

} // namespace ns3
