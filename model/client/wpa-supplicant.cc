/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wpa-supplicant.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/byte-reader.h"
#include "ns3/eap-packet.h"
#include "ns3/eapol-frame.h"
#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/random-variable-stream.h"
#include "ns3/rsn-element.h"
#include "ns3/simulator.h"
#include "ns3/sta-wifi-mac.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wlc-sta-wifi-mac.h"
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
            .AddAttribute("Okc",
                          "WPA2-802.1X: offer the PMKID of the cached PMK in Reassociation "
                          "Requests (opportunistic key caching; needs a WlcStaWifiMac).",
                          BooleanValue(false),
                          MakeBooleanAccessor(&WpaSupplicant::m_okc),
                          MakeBooleanChecker())
            .AddAttribute("EapResponseDelay",
                          "WPA2-802.1X: the client's time to compute each EAP response.",
                          TimeValue(MilliSeconds(2)),
                          MakeTimeAccessor(&WpaSupplicant::m_eapResponseDelay),
                          MakeTimeChecker(Seconds(0)))
            .AddTraceSource("HandshakeCompleted",
                            "The 4-way handshake completed and the port was authorized.",
                            MakeTraceSourceAccessor(&WpaSupplicant::m_completedTrace),
                            "ns3::WpaSupplicant::CompletedTracedCallback")
            .AddTraceSource("HandshakeFailed",
                            "The 4-way handshake failed; the port stays unauthorized.",
                            MakeTraceSourceAccessor(&WpaSupplicant::m_failedTrace),
                            "ns3::WpaSupplicant::FailedTracedCallback")
            .AddTraceSource("EapCompleted",
                            "WPA2-802.1X: EAP-Success received; the 4-way handshake follows.",
                            MakeTraceSourceAccessor(&WpaSupplicant::m_eapCompletedTrace),
                            "ns3::WpaSupplicant::EapCompletedTracedCallback")
            .AddTraceSource("EapFailed",
                            "WPA2-802.1X: EAP-Failure (or a bad server) ended the EAP exchange; "
                            "the port stays unauthorized.",
                            MakeTraceSourceAccessor(&WpaSupplicant::m_eapFailedTrace),
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
    m_port = nullptr;
    m_sm.reset();
    m_peer.reset();
    m_eapSend.Cancel();
    if (m_station)
    {
        if (Ptr<WlcStaWifiMac> mac = DynamicCast<WlcStaWifiMac>(m_station->GetMac()))
        {
            mac->SetRsnElementCallback(nullptr);
            mac->SetRequestCallback(nullptr);
        }
    }
    m_station = nullptr;
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

void
WpaSupplicant::SetEnterpriseCredentials(const std::string& identity, const std::string& password)
{
    NS_LOG_FUNCTION(this << identity);
    NS_ABORT_MSG_UNLESS(m_station, "WpaSupplicant: call Setup before SetEnterpriseCredentials");
    NS_ABORT_MSG_UNLESS(m_pmk.empty(),
                        "WpaSupplicant for " << m_station->GetAddress()
                                             << ": a WPA2-802.1X client has no passphrase");
    NS_ABORT_MSG_IF(identity.empty() || identity.size() > 253,
                    "WpaSupplicant for " << m_station->GetAddress()
                                         << ": the EAP identity needs 1..253 characters");
    m_enterprise = true;
    m_identity = identity;
    m_password = password;
    if (Ptr<WlcStaWifiMac> mac = DynamicCast<WlcStaWifiMac>(m_station->GetMac()))
    {
        mac->SetRsnElementCallback(
            [this](Mac48Address bssid) { return ReassociationRsnElement(bssid); });
        // what each request really carried (ns-3's retries carry no RSN element)
        mac->SetRequestCallback([this](Mac48Address bssid, const std::vector<uint8_t>& rsn) {
            m_offeredTo = bssid;
            m_offeredRsn = rsn;
        });
    }
}

bool
WpaSupplicant::HasCachedPmk() const
{
    return m_enterprise && !m_pmk.empty();
}

bool
WpaSupplicant::IsEnterprise() const
{
    return m_enterprise;
}

bool
WpaSupplicant::IsOpen() const
{
    return !m_enterprise && m_pmk.empty();
}

std::vector<uint8_t>
WpaSupplicant::RandomBytes(std::size_t size)
{
    std::vector<uint8_t> bytes(size);
    for (auto& byte : bytes)
    {
        byte = static_cast<uint8_t>(m_random->GetInteger(0, 255));
    }
    return bytes;
}

std::vector<uint8_t>
WpaSupplicant::ReassociationRsnElement(Mac48Address bssid)
{
    if (!m_enterprise || !m_okc || m_pmk.size() != WpaCrypto::PMK_SIZE)
    {
        return {};
    }
    RsnElement rsn;
    rsn.SetAkmSuites({RsnElement::AKM_8021X});
    Mac48Address self = Mac48Address::ConvertFrom(m_station->GetAddress());
    rsn.SetPmkids({WpaCrypto::Pmkid(m_pmk, bssid, self)});
    NS_LOG_INFO(self << " offers the PMKID of its cached PMK to " << bssid);
    return rsn.Encode();
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
    m_sm.reset();
    m_peer.reset();
    m_eapSend.Cancel();
    if (m_offeredTo != bssid)
    {
        m_offeredRsn.clear(); // that request went to another AP (or there was none)
    }
    m_offeredTo = Mac48Address();
    if (m_enterprise)
    {
        // the controller starts EAP, or (it knew the offered PMKID) the 4-way handshake
        if (!m_offeredRsn.empty() && m_pmk.size() == WpaCrypto::PMK_SIZE)
        {
            ExpectFourWay(m_pmk);
        }
        return;
    }
    if (m_pmk.empty())
    {
        m_port->SetAuthorized(true);
        return;
    }
    ExpectFourWay(m_pmk);
}

void
WpaSupplicant::ExpectFourWay(const std::vector<uint8_t>& pmk)
{
    WpaSupplicantSm::Config config;
    config.pmk = pmk;
    config.aa = m_bssid;
    config.spa = Mac48Address::ConvertFrom(m_station->GetAddress());
    config.snonce = RandomBytes(32);
    // ns-3's Wi-Fi MAC carries no RSN element: the client offers, and expects, WPA2/CCMP with
    // the WLAN's AKM; message 2 repeats the element of the Reassociation Request if it had one
    RsnElement rsn;
    rsn.SetAkmSuites({m_enterprise ? RsnElement::AKM_8021X : RsnElement::AKM_PSK});
    config.authenticatorRsnElement = rsn.Encode();
    config.supplicantRsnElement =
        m_offeredRsn.empty() ? config.authenticatorRsnElement : m_offeredRsn;
    m_sm = std::make_unique<WpaSupplicantSm>(config);
}

void
WpaSupplicant::Disassociated(Mac48Address bssid)
{
    NS_LOG_FUNCTION(this << bssid);
    m_sm.reset();
    m_peer.reset();
    m_eapSend.Cancel();
    m_port->SetAuthorized(false);
}

void
WpaSupplicant::ReceiveEapol(Ptr<const Packet> eapol, Mac48Address from)
{
    NS_LOG_FUNCTION(this << eapol << from);
    if (from != m_bssid)
    {
        NS_LOG_LOGIC("EAPOL frame from another AP than the current one: ignored");
        return;
    }
    std::vector<uint8_t> bytes = ByteReader::PacketBytes(eapol);
    if (m_enterprise && bytes.size() >= EapolFrame::HEADER_SIZE &&
        bytes[1] == EapolFrame::EAP_PACKET)
    {
        EapolFrame frame;
        std::string why;
        if (!EapolFrame::Decode(bytes, frame, why))
        {
            NS_LOG_LOGIC("malformed EAPOL frame ignored: " << why);
            return;
        }
        ReceiveEap(frame.GetBody());
        return;
    }
    if (!m_sm && m_enterprise && m_peer && m_peer->GetMsk().size() >= WpaCrypto::PMK_SIZE)
    {
        // the EAP-Success was lost, but the server proved itself and the controller started
        // the 4-way handshake: that is success too (RFC 3748 7.16, RFC 4137's alternate
        // success)
        NS_LOG_INFO(m_station->GetAddress() << " EAPOL-Key before EAP-Success: taken as success");
        EapSucceeded(m_peer->GetMsk());
    }
    if (!m_sm)
    {
        NS_LOG_LOGIC("EAPOL frame outside a handshake with the current AP: ignored");
        return;
    }
    WpaSupplicantSm::Result result = m_sm->OnReceive(bytes);
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

void
WpaSupplicant::ReceiveEap(const std::vector<uint8_t>& eap)
{
    EapPacket packet;
    std::string why;
    if (!EapPacket::Decode(eap, packet, why))
    {
        NS_LOG_LOGIC("malformed EAP packet ignored: " << why);
        return;
    }
    if (packet.GetCode() == EapPacket::REQUEST && packet.GetType() == EapPacket::IDENTITY &&
        (!m_peer || m_sm))
    {
        // the controller starts (or restarts) 802.1X: a PMKID it did not know, or a new try
        m_sm.reset();
        EapPeerSm::Config config;
        config.identity = m_identity;
        config.password = m_password;
        config.nonce = RandomBytes(32);
        m_peer = std::make_unique<EapPeerSm>(config);
    }
    if (!m_peer)
    {
        NS_LOG_LOGIC("EAP packet outside an EAP exchange ignored");
        return;
    }
    EapPeerSm::Result result = m_peer->OnReceive(eap);
    switch (result.action)
    {
    case EapPeerSm::Result::Action::SEND:
        m_eapSend.Cancel();
        m_eapSend =
            Simulator::Schedule(m_eapResponseDelay, &WpaSupplicant::SendEap, this, result.eap);
        break;
    case EapPeerSm::Result::Action::SUCCESS:
        NS_LOG_INFO(m_station->GetAddress() << " EAP-Success from " << m_bssid);
        EapSucceeded(result.msk);
        break;
    case EapPeerSm::Result::Action::FAILURE:
        NS_LOG_INFO(m_station->GetAddress() << " EAP failed: " << result.reason);
        m_peer.reset();
        m_pmk.clear();
        m_eapFailedTrace(m_bssid, result.reason);
        break;
    case EapPeerSm::Result::Action::IGNORED:
        NS_LOG_LOGIC("EAP packet ignored: " << result.reason);
        break;
    }
}

void
WpaSupplicant::EapSucceeded(const std::vector<uint8_t>& msk)
{
    m_peer.reset();
    if (msk.size() < WpaCrypto::PMK_SIZE)
    {
        m_eapFailedTrace(m_bssid, "the MSK is shorter than a PMK");
        return;
    }
    m_pmk.assign(msk.begin(), msk.begin() + WpaCrypto::PMK_SIZE);
    ExpectFourWay(m_pmk);
    m_eapCompletedTrace(m_bssid, Simulator::Now() - m_associatedAt);
}

void
WpaSupplicant::SendEap(const std::vector<uint8_t>& eap)
{
    EapolFrame frame(EapolFrame::VERSION_2004, EapolFrame::EAP_PACKET, eap);
    std::vector<uint8_t> bytes = frame.Encode();
    m_port->SendEapol(Create<Packet>(bytes.data(), bytes.size()), m_bssid);
}

} // namespace ns3
