/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wpa-supplicant.h"

#include "roaming-manager.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/byte-reader.h"
#include "ns3/dot11-mgmt-body-frame.h"
#include "ns3/eap-packet.h"
#include "ns3/eapol-frame.h"
#include "ns3/ft-crypto.h"
#include "ns3/log.h"
#include "ns3/mobility-domain-element.h"
#include "ns3/packet.h"
#include "ns3/random-bytes.h"
#include "ns3/random-variable-stream.h"
#include "ns3/rsn-element.h"
#include "ns3/simulator.h"
#include "ns3/sta-wifi-mac.h"
#include "ns3/uinteger.h"
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
            .AddAttribute("FastTransition",
                          "Use 802.11r Fast BSS Transition over the air with APs that announce "
                          "a mobility domain: the FT initial mobility domain association, then "
                          "FT Authentication and Reassociation at each roam, no 4-way "
                          "handshake (needs a WlcStaWifiMac and RoamingHelper's scanner).",
                          BooleanValue(false),
                          MakeBooleanAccessor(&WpaSupplicant::m_fastTransition),
                          MakeBooleanChecker())
            .AddAttribute("FtAuthenticationTimeout",
                          "802.11r: time to wait for the FT Authentication Response (Linux "
                          "mac80211 IEEE80211_AUTH_TIMEOUT, 200 ms).",
                          TimeValue(MilliSeconds(200)),
                          MakeTimeAccessor(&WpaSupplicant::m_ftTimeout),
                          MakeTimeChecker(MicroSeconds(1)))
            .AddAttribute("FtAuthenticationAttempts",
                          "802.11r: FT Authentication Requests sent before the client gives up "
                          "and reassociates without FT (mac80211 IEEE80211_AUTH_MAX_TRIES, 3).",
                          UintegerValue(3),
                          MakeUintegerAccessor(&WpaSupplicant::m_ftAttempts),
                          MakeUintegerChecker<uint32_t>(1))
            .AddTraceSource("FtCompleted",
                            "802.11r: an FT roam installed its keys (AP, time from the FT "
                            "Authentication Request to the Reassociation Response).",
                            MakeTraceSourceAccessor(&WpaSupplicant::m_ftCompletedTrace),
                            "ns3::WpaSupplicant::CompletedTracedCallback")
            .AddTraceSource("FtFailed",
                            "802.11r: an FT roam failed (AP, reason); the client reassociates "
                            "without FT, or its port stays unauthorized.",
                            MakeTraceSourceAccessor(&WpaSupplicant::m_ftFailedTrace),
                            "ns3::WpaSupplicant::FailedTracedCallback")
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
                            "ns3::WpaSupplicant::FailedTracedCallback")
            .AddTraceSource("Drop",
                            "A frame the supplicant does not act on, with the reason: a malformed "
                            "or unexpected EAPOL or EAP frame, an 802.11r Authentication frame or "
                            "Reassociation Response outside the FT roam under way.",
                            MakeTraceSourceAccessor(&WpaSupplicant::m_dropTrace),
                            "ns3::WpaSupplicant::DropTracedCallback");
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
    m_ftTimer.Cancel();
    m_ftProceed = nullptr;
    m_ft.reset();
    if (m_station)
    {
        if (Ptr<WlcStaWifiMac> mac = DynamicCast<WlcStaWifiMac>(m_station->GetMac()))
        {
            mac->SetRsnElementCallback(nullptr);
            mac->SetRequestCallback(nullptr);
            mac->SetResponseCallback(nullptr);
        }
        Ptr<RoamingManager> roaming = m_station->GetObject<RoamingManager>();
        if (m_joinGateInstalled && roaming && roaming->GetAssocManager())
        {
            roaming->GetAssocManager()->SetJoinGate(nullptr);
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
    m_ssid = ssid;
    if (!passphrase.empty())
    {
        std::string why;
        NS_ABORT_MSG_UNLESS(WpaCrypto::DerivePmk(passphrase, ssid, m_pmk, why),
                            "WpaSupplicant for " << station->GetAddress() << ": " << why);
    }
    mac->TraceConnectWithoutContext("Assoc", MakeCallback(&WpaSupplicant::Associated, this));
    mac->TraceConnectWithoutContext("DeAssoc", MakeCallback(&WpaSupplicant::Disassociated, this));
    port->SetEapolCallback(MakeCallback(&WpaSupplicant::ReceiveEapol, this));
    if (Ptr<WlcStaWifiMac> wlcMac = DynamicCast<WlcStaWifiMac>(mac))
    {
        wlcMac->SetRsnElementCallback([this](Mac48Address bssid, bool reassociation) {
            return RequestElements(bssid, reassociation);
        });
        // what each request really carried (ns-3's retries carry no elements)
        wlcMac->SetRequestCallback([this](Mac48Address bssid, const std::vector<uint8_t>& rsn) {
            m_offeredTo = bssid;
            m_offeredRsn = rsn;
        });
        wlcMac->SetResponseCallback(
            [this](Mac48Address bssid, WifiMacType type, const std::vector<uint8_t>& body) {
                ResponseReceived(bssid, type, body);
            });
        wlcMac->TraceConnectWithoutContext(
            "AuthenticationReceived",
            MakeCallback(&WpaSupplicant::AuthenticationReceived, this));
    }
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
    return WlcRandomBytes(m_random, size);
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
    InstallJoinGate();
    bool ftRoam = m_ftInstalled && *m_ftInstalled == bssid;
    m_ftInstalled.reset();
    if (ftRoam)
    {
        // 802.11r: the Reassociation Response carried the keys; no 4-way handshake
        NS_LOG_INFO(m_station->GetAddress() << " FT roam to " << bssid << ": keys installed");
        m_ftCompletedTrace(bssid, Simulator::Now() - m_ftStarted);
        m_port->SetAuthorized(true);
        return;
    }
    m_ftInitial =
        Ft() &&
        !Dot11MgmtBodyFrame::FindElement(m_offeredRsn, MobilityDomainElement::ELEMENT_ID).empty();
    if (m_enterprise && m_ftInitial)
    {
        return; // EAP first, then the 4-way handshake with FT keys (EapSucceeded)
    }
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
    if (m_ftInitial && Ft())
    {
        // the FT initial mobility domain association: PMK-R1 and the FT AKM
        std::string why;
        Mac48Address self = config.spa;
        if (!Ft()->InitialAssociation(m_bssid,
                                      m_enterprise ? m_xxKey : m_pmk,
                                      m_ssid,
                                      self,
                                      config.ft,
                                      why))
        {
            NS_LOG_INFO(self << " FT initial association failed: " << why);
            m_failedTrace(m_bssid, "FT initial mobility domain association: " + why);
            return;
        }
        config.pmk.clear();
        rsn.SetAkmSuites({m_enterprise ? RsnElement::AKM_FT_8021X : RsnElement::AKM_FT_PSK});
    }
    config.authenticatorRsnElement = rsn.Encode();
    std::vector<uint8_t> offered =
        Dot11MgmtBodyFrame::FindElement(m_offeredRsn, RsnElement::ELEMENT_ID);
    config.supplicantRsnElement = offered.empty() ? config.authenticatorRsnElement : offered;
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
    std::vector<uint8_t> bytes = ByteReader::PacketBytes(eapol);
    if (from != m_bssid)
    {
        Drop(bytes, "EAPOL frame from another AP than the current one");
        return;
    }
    if (m_enterprise && bytes.size() >= EapolFrame::HEADER_SIZE &&
        bytes[1] == EapolFrame::EAP_PACKET)
    {
        EapolFrame frame;
        std::string why;
        if (!EapolFrame::Decode(bytes, frame, why))
        {
            Drop(bytes, "malformed EAPOL frame: " + why);
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
        Drop(bytes, "EAPOL frame outside a handshake with the current AP");
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
        Drop(bytes, "EAPOL-Key frame ignored: " + result.reason);
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
        Drop(eap, "malformed EAP packet: " + why);
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
        Drop(eap, "EAP packet outside an EAP exchange");
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
        Drop(eap, "EAP packet ignored: " + result.reason);
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
    std::string why;
    if (m_ftInitial && !FtCrypto::XxKeyFromMsk(msk, m_xxKey, why))
    {
        m_eapFailedTrace(m_bssid, "FT-802.1X: " + why);
        return;
    }
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

const WpaFtClient*
WpaSupplicant::GetFastTransition() const
{
    return m_ft.get();
}

const std::map<std::string, uint64_t>&
WpaSupplicant::GetDrops() const
{
    return m_drops;
}

void
WpaSupplicant::Drop(const std::vector<uint8_t>& body, const std::string& reason)
{
    NS_LOG_LOGIC("drop: " << reason);
    m_drops[reason]++;
    m_dropTrace(Create<Packet>(body.data(), body.size()), reason);
}

WpaFtClient*
WpaSupplicant::Ft()
{
    if (!m_fastTransition || IsOpen())
    {
        return nullptr;
    }
    if (!m_ft)
    {
        m_ft = std::make_unique<WpaFtClient>(m_enterprise ? RsnElement::AKM_FT_8021X
                                                          : RsnElement::AKM_FT_PSK);
    }
    return m_ft.get();
}

void
WpaSupplicant::InstallJoinGate()
{
    if (m_joinGateInstalled || !Ft())
    {
        return;
    }
    Ptr<RoamingManager> roaming = m_station->GetObject<RoamingManager>();
    if (!roaming || !roaming->GetAssocManager())
    {
        return; // no scanner: this client never roams with a reassociation
    }
    roaming->GetAssocManager()->SetJoinGate([this](Mac48Address bssid,
                                                   std::optional<Mac48Address> currentAp,
                                                   std::function<void()> proceed) {
        BeforeJoin(bssid, currentAp, std::move(proceed));
    });
    m_joinGateInstalled = true;
}

std::vector<uint8_t>
WpaSupplicant::RequestElements(Mac48Address bssid, bool reassociation)
{
    if (WpaFtClient* ft = Ft())
    {
        std::vector<uint8_t> roam =
            reassociation ? ft->ReassociationElements(bssid) : std::vector<uint8_t>();
        if (!roam.empty())
        {
            return roam; // an FT roam: RSNE (PMKR1Name), MDE, FTE (MIC)
        }
        if (ft->IsFtAp(bssid))
        {
            ft->CancelRoam();
            return ft->AssociationElements(bssid); // the initial mobility domain association
        }
    }
    return reassociation ? ReassociationRsnElement(bssid) : std::vector<uint8_t>();
}

void
WpaSupplicant::ResponseReceived(Mac48Address bssid,
                                WifiMacType type,
                                const std::vector<uint8_t>& body)
{
    WpaFtClient* ft = Ft();
    if (!ft)
    {
        return;
    }
    bool roam = type == WIFI_MAC_MGT_REASSOCIATION_RESPONSE && ft->GetRoamTarget() == bssid &&
                !ft->ReassociationElements(bssid).empty();
    ft->NoteResponse(bssid, type, body);
    if (!roam)
    {
        return;
    }
    FtSupplicantSm::Result result = ft->OnReassociationResponse(bssid, body);
    switch (result.action)
    {
    case FtSupplicantSm::Result::Action::COMPLETED:
        m_ftInstalled = bssid; // the port opens when StaWifiMac reports the association
        break;
    case FtSupplicantSm::Result::Action::FAILED:
        NS_LOG_INFO(m_station->GetAddress() << " FT Reassociation failed: " << result.reason);
        m_ftFailedTrace(bssid, result.reason);
        break;
    default:
        NS_LOG_LOGIC("Reassociation Response ignored: " << result.reason);
        Drop(body, "Reassociation Response ignored: " + result.reason);
        break;
    }
}

void
WpaSupplicant::BeforeJoin(Mac48Address bssid,
                          std::optional<Mac48Address> currentAp,
                          std::function<void()> proceed)
{
    WpaFtClient* ft = Ft();
    if (!ft || !currentAp || !ft->CanRoamTo(bssid))
    {
        proceed();
        return;
    }
    NS_LOG_INFO(m_station->GetAddress() << " FT Authentication with " << bssid);
    m_ftTimer.Cancel();
    m_ftProceed = std::move(proceed);
    m_ftSent = 0;
    m_ftStarted = Simulator::Now();
    m_ftRequest =
        ft->StartRoam(bssid, Mac48Address::ConvertFrom(m_station->GetAddress()), RandomBytes(32));
    SendFtAuthentication();
}

void
WpaSupplicant::SendFtAuthentication()
{
    std::optional<Mac48Address> target = m_ft ? m_ft->GetRoamTarget() : std::nullopt;
    if (!target || !m_ftProceed)
    {
        return;
    }
    if (m_ftSent >= m_ftAttempts)
    {
        NS_LOG_INFO(m_station->GetAddress() << " no FT Authentication Response from " << *target);
        m_ftFailedTrace(*target, "no FT Authentication Response");
        m_ft->CancelRoam();
        std::function<void()> proceed = std::move(m_ftProceed);
        m_ftProceed = nullptr;
        proceed(); // a reassociation without FT: a new initial mobility domain association
        return;
    }
    ++m_ftSent;
    DynamicCast<WlcStaWifiMac>(m_station->GetMac())->SendAuthentication(*target, m_ftRequest);
    m_ftTimer = Simulator::Schedule(m_ftTimeout, &WpaSupplicant::SendFtAuthentication, this);
}

void
WpaSupplicant::AuthenticationReceived(Mac48Address from, const std::vector<uint8_t>& body)
{
    if (!m_ft || !m_ftProceed)
    {
        Drop(body, "Authentication frame outside an FT roam");
        return;
    }
    FtSupplicantSm::Result result = m_ft->OnAuthenticationResponse(from, body);
    if (result.action == FtSupplicantSm::Result::Action::IGNORED)
    {
        NS_LOG_LOGIC("Authentication frame ignored: " << result.reason);
        Drop(body, "Authentication frame ignored: " + result.reason);
        return;
    }
    m_ftTimer.Cancel();
    if (result.action == FtSupplicantSm::Result::Action::FAILED)
    {
        NS_LOG_INFO(m_station->GetAddress() << " FT Authentication refused: " << result.reason);
        m_ftFailedTrace(from, result.reason);
    }
    std::function<void()> proceed = std::move(m_ftProceed);
    m_ftProceed = nullptr;
    proceed(); // the Reassociation Request (with the FT elements after a success)
}

} // namespace ns3
