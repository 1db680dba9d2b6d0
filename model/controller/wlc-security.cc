/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-security.h"

#include "wireless-lan-controller.h"
#include "wlc-dot1x-authenticator.h"

#include "ns3/abort.h"
#include "ns3/dot11-mgmt-body-frame.h"
#include "ns3/dot11-mgmt-frame.h"
#include "ns3/eapol-frame.h"
#include "ns3/fast-bss-transition-element.h"
#include "ns3/ft-crypto.h"
#include "ns3/inet-socket-address.h"
#include "ns3/log.h"
#include "ns3/mobility-domain-element.h"
#include "ns3/packet.h"
#include "ns3/radius-client.h"
#include "ns3/rsn-element.h"
#include "ns3/simulator.h"
#include "ns3/wpa-crypto.h"

#include <algorithm>
#include <limits>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcSecurity");
NS_OBJECT_ENSURE_REGISTERED(WlcSecurity);

namespace
{

constexpr uint16_t EAPOL_ETHERTYPE = 0x888e; //!< EAPOL

} // namespace

TypeId
WlcSecurity::GetTypeId()
{
    static TypeId tid = TypeId("ns3::WlcSecurity")
                            .SetParent<Object>()
                            .SetGroupName("Wlc")
                            .AddConstructor<WlcSecurity>();
    return tid;
}

WlcSecurity::WlcSecurity()
    : m_ft(CreateObject<WlcFastTransition>()),
      m_authenticator(CreateObject<WlcAuthenticator>()),
      m_dot1x(CreateObject<WlcDot1xAuthenticator>())
{
    NS_LOG_FUNCTION(this);
}

WlcSecurity::~WlcSecurity()
{
    NS_LOG_FUNCTION(this);
}

void
WlcSecurity::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_authenticator->Dispose();
    m_dot1x->Dispose();
    m_ft->Dispose();
    m_ft = nullptr;
    m_authenticator = nullptr;
    m_dot1x = nullptr;
    m_wlc = nullptr;
    Object::DoDispose();
}

void
WlcSecurity::Start(WirelessLanController* controller)
{
    m_wlc = controller;
    std::string name = controller->GetName();
    m_authenticator->SetSendCallback(MakeCallback(&WlcSecurity::EapolToClient, this));
    m_authenticator->SetCompletedCallback(
        MakeCallback(&WirelessLanController::SecurityCompleted, controller));
    m_authenticator->SetFailedCallback(
        MakeCallback(&WirelessLanController::SecurityFailed, controller));
    bool dot1x = false;
    for (const auto& [id, wlan] : controller->m_wlans)
    {
        dot1x = dot1x || wlan.security == WlanSecurity::WPA2_8021X;
        NS_ABORT_MSG_IF(wlan.fastTransition && wlan.security == WlanSecurity::OPEN,
                        name << ": WLAN " << unsigned(id)
                             << " has 802.11r Fast Transition on but no WPA2 security; FT "
                                "needs WPA2-PSK or WPA2-802.1X (Wlan::security)");
    }
    m_ft->SetR0khId(name);
    NS_ABORT_MSG_IF(dot1x && m_radiusServer == Ipv4Address::GetAny(),
                    name << ": a WPA2-802.1X WLAN needs a RADIUS server; add one with "
                            "WirelessLanController::SetRadiusServer (WlcHelper::SetRadiusServer)");
    if (dot1x)
    {
        Ptr<RadiusClient> radius = m_dot1x->GetRadiusClient();
        if (!radius)
        {
            radius = CreateObject<RadiusClient>();
            m_dot1x->SetRadiusClient(radius);
        }
        radius->Setup(controller->GetNode(),
                      controller->GetManagementAddress(),
                      InetSocketAddress(m_radiusServer, m_radiusPort),
                      m_radiusSecret,
                      name);
    }
    m_dot1x->SetSendCallback(MakeCallback(&WlcSecurity::EapolToClient, this));
    m_dot1x->SetCompletedCallback(MakeCallback(&WlcSecurity::Dot1xCompleted, this));
    m_dot1x->SetFailedCallback(MakeCallback(&WirelessLanController::SecurityFailed, controller));
}

void
WlcSecurity::SetRadiusServer(Ipv4Address server, const std::string& secret, uint16_t port)
{
    m_radiusServer = server;
    m_radiusSecret = secret;
    m_radiusPort = port;
    if (!m_dot1x->GetRadiusClient())
    {
        // created now, so that AssignStreams reaches it
        m_dot1x->SetRadiusClient(CreateObject<RadiusClient>());
    }
}

Ptr<WlcAuthenticator>
WlcSecurity::GetAuthenticator() const
{
    return m_authenticator;
}

void
WlcSecurity::SetAuthenticator(Ptr<WlcAuthenticator> authenticator)
{
    m_authenticator = authenticator;
}

Ptr<WlcDot1xAuthenticator>
WlcSecurity::GetDot1xAuthenticator() const
{
    return m_dot1x;
}

void
WlcSecurity::SetDot1xAuthenticator(Ptr<WlcDot1xAuthenticator> dot1x)
{
    m_dot1x = dot1x;
}

Ptr<WlcFastTransition>
WlcSecurity::GetFastTransition() const
{
    return m_ft;
}

const PmkCache&
WlcSecurity::GetPmkCache() const
{
    return m_pmkCache;
}

PmkCache&
WlcSecurity::GetPmkCache()
{
    return m_pmkCache;
}

int64_t
WlcSecurity::AssignStreams(int64_t stream)
{
    int64_t used = m_authenticator->AssignStreams(stream);
    used += m_dot1x->AssignStreams(stream + used);
    if (Ptr<RadiusClient> radius = m_dot1x->GetRadiusClient())
    {
        used += radius->AssignStreams(stream + used);
    }
    used += m_ft->AssignStreams(stream + used);
    return used;
}

void
WlcSecurity::Associating(const Dot11AssocRequest& request)
{
    Mac48Address mac = request.GetStation();
    Cancel(mac);
    if (!m_ft->IsAuthenticated(mac, request.GetBssid()))
    {
        m_ft->Cancel(mac);
    }
    m_rsnElements[mac] = request.GetRsnElement();
    m_ftElements[mac] = {request.GetElementBytes(MobilityDomainElement::ELEMENT_ID),
                         request.GetElementBytes(FastBssTransitionElement::ELEMENT_ID)};
}

bool
WlcSecurity::OffersFt(Mac48Address client, const Wlan& wlan)
{
    return WlcFastTransition::OffersFt(wlan, m_rsnElements[client], m_ftElements[client].first);
}

void
WlcSecurity::StartClient(Mac48Address client)
{
    const ClientEntry* entry = m_wlc->m_clients.Find(client);
    const Wlan& wlan = m_wlc->m_wlans.at(entry->wlanId);
    if (wlan.security == WlanSecurity::OPEN)
    {
        m_wlc->SecurityCompleted(client);
        return;
    }
    m_wlc->SetPemState(client, PemState::DOT1X_REQD);
    bool ft = OffersFt(client, wlan);
    if (ft && !m_ftElements[client].second.empty())
    {
        CompleteFtReassociation(client);
        return;
    }
    if (wlan.security == WlanSecurity::WPA2_PSK)
    {
        StartFourWay(client, wlan.pmk, wlan, ft ? wlan.pmk : std::vector<uint8_t>());
        return;
    }
    // WPA2-802.1X: a PMKID that names a cached PMK for this AP saves the EAP exchange
    const std::vector<uint8_t>& offered = m_rsnElements[client];
    RsnElement rsn;
    std::string why;
    if (!ft && wlan.pmkCaching && !offered.empty() && RsnElement::Decode(offered, rsn, why))
    {
        if (auto cached = m_pmkCache.Lookup(client, entry->bssid, rsn.GetPmkids()))
        {
            NS_LOG_INFO(m_wlc->GetName() << ": " << client << " PMKID found in the PMK cache ("
                                         << cached->username << "): 4-way handshake only");
            m_wlc->m_pmkCacheHitTrace(client, entry->bssid);
            StartFourWay(client, cached->pmk, wlan);
            return;
        }
    }
    m_dot1x->Start(client, entry->bssid, wlan.ssid);
}

void
WlcSecurity::StartFourWay(Mac48Address client,
                          const std::vector<uint8_t>& pmk,
                          const Wlan& wlan,
                          const std::vector<uint8_t>& xxKey)
{
    const ClientEntry* entry = m_wlc->m_clients.Find(client);
    uint32_t akm =
        wlan.security == WlanSecurity::WPA2_8021X ? RsnElement::AKM_8021X : RsnElement::AKM_PSK;
    if (xxKey.empty())
    {
        m_authenticator->Start(client, entry->bssid, pmk, m_rsnElements[client], akm);
        return;
    }
    // FT initial mobility domain association: this controller becomes the client's R0KH
    std::optional<PmkCache::Entry> cached = m_pmkCache.Get(client);
    Time lifetime =
        cached ? cached->expires - Simulator::Now() : Seconds(WpaFtParams().keyLifetimeSeconds);
    WpaFtParams ft = m_ft->InitialAssociation(client, entry->bssid, xxKey, wlan, lifetime);
    if (!ft.enabled)
    {
        m_wlc->SecurityFailed(client, "no PMK-R0 could be derived for the FT initial association");
        return;
    }
    m_ftKeysToShare.insert(client); // once the 4-way handshake proved them
    m_authenticator->Start(client,
                           entry->bssid,
                           pmk,
                           m_rsnElements[client],
                           WlcFastTransition::FtAkm(wlan),
                           ft);
}

void
WlcSecurity::CompleteFtReassociation(Mac48Address client)
{
    const ClientEntry* entry = m_wlc->m_clients.Find(client);
    const auto& [mde, fte] = m_ftElements[client];
    std::vector<uint8_t> elements = m_rsnElements[client];
    elements.insert(elements.end(), mde.begin(), mde.end());
    elements.insert(elements.end(), fte.begin(), fte.end());
    FtAuthenticatorSm::Result result = m_ft->Reassociate(client, entry->bssid, elements);
    if (result.action != FtAuthenticatorSm::Result::Action::COMPLETED)
    {
        m_wlc->SecurityFailed(client, "802.11r reassociation refused: " + result.reason);
        return;
    }
    NS_LOG_INFO(m_wlc->GetName() << ": " << client << " FT reassociation at " << entry->apName
                                 << ": keys in place, no 4-way handshake");
    m_wlc->SecurityCompleted(client);
}

std::string
WlcSecurity::AuthenticationFromAp(const ApEntry& ap,
                                  uint8_t radioId,
                                  Mac48Address station,
                                  Mac48Address bssid,
                                  const std::vector<uint8_t>& body)
{
    const std::map<uint8_t, Wlan>& wlans = m_wlc->m_wlans;
    if (wlans.empty() || !wlans.begin()->second.fastTransition)
    {
        NS_LOG_INFO(m_wlc->GetName()
                    << ": Authentication frame from " << station << " at " << ap.name
                    << " ignored: the WLAN has no 802.11r Fast Transition");
        return "the WLAN has no 802.11r Fast Transition";
    }
    const Wlan& wlan = wlans.begin()->second; // one WLAN per AP radio (CapwapAc)
    WlcFastTransition::AuthenticationAnswer answer =
        m_ft->Authenticate(station, bssid, body, wlan, m_authenticator->GetGtk());
    if (!answer.send)
    {
        NS_LOG_INFO(m_wlc->GetName()
                    << ": FT Authentication from " << station << " dropped: " << answer.reason);
        return answer.reason;
    }
    if (answer.status == FtAuthenticatorSm::STATUS_SUCCESS)
    {
        // the AP gets the Reassociation Response's elements first, then sends sequence 2:
        // Capability Information, Status Code and AID are its own (Local MAC)
        std::vector<uint8_t> response(
            Dot11MgmtBodyFrame::FixedFieldsSize(Dot11MgmtBodyFrame::SUBTYPE_REASSOC_RESPONSE),
            0);
        response.insert(response.end(),
                        answer.reassocElements.begin(),
                        answer.reassocElements.end());
        m_wlc->m_ac->SendManagement(ap.ethernetMac,
                                    radioId,
                                    Dot11MgmtBodyFrame::SUBTYPE_REASSOC_RESPONSE,
                                    bssid,
                                    station,
                                    response);
    }
    m_wlc->m_ac->SendManagement(ap.ethernetMac,
                                radioId,
                                Dot11MgmtBodyFrame::SUBTYPE_AUTHENTICATION,
                                bssid,
                                station,
                                answer.authBody);
    return "";
}

void
WlcSecurity::Dot1xCompleted(Mac48Address client,
                            const std::vector<uint8_t>& msk,
                            const std::string& username,
                            Time lifetime)
{
    const ClientEntry* entry = m_wlc->m_clients.Find(client);
    if (!entry || entry->mobilityRole == MobilityRole::ANCHOR ||
        entry->pemState != PemState::DOT1X_REQD)
    {
        return; // the client went elsewhere meanwhile
    }
    if (msk.size() < WpaCrypto::PMK_SIZE)
    {
        m_wlc->SecurityFailed(client, "the Access-Accept carried no MSK");
        return;
    }
    // IEEE 802.11-2020 12.7.1.3: the PMK is the first 256 bits of the MSK
    std::vector<uint8_t> pmk(msk.begin(), msk.begin() + WpaCrypto::PMK_SIZE);
    const Wlan& wlan = m_wlc->m_wlans.at(entry->wlanId);
    std::vector<uint8_t> xxKey;
    std::string why;
    if (OffersFt(client, wlan) && !FtCrypto::XxKeyFromMsk(msk, xxKey, why))
    {
        m_wlc->SecurityFailed(client, "FT-802.1X: " + why);
        return;
    }
    m_pmkCache.Add(client, pmk, username, lifetime);
    // the group learns the PMK once the 4-way handshake proved it (ShareKeys)
    m_pmkToShare.insert(client);
    m_wlc->m_clients.Modify(client, [&username](ClientEntry& e) {
        e.username = username;
        e.eapType = "PEAP"; // the RADIUS server's method (a model of PEAP-MSCHAPv2)
    });
    StartFourWay(client, pmk, wlan, xxKey);
}

void
WlcSecurity::ShareKeys(const ClientEntry& client)
{
    Mac48Address mac = client.mac;
    Ptr<MobilityManager> manager = m_wlc->GetMobility()->GetManager();
    if (m_pmkToShare.erase(mac))
    {
        if (auto cached = m_pmkCache.Get(mac))
        {
            // the group learns the PMK too: the client's next roam to any member is a fast one
            MobilePmkUpdateBody update;
            std::copy(cached->pmk.begin(), cached->pmk.end(), update.pmk.begin());
            Time left = cached->expires - Simulator::Now();
            update.lifetime = static_cast<uint32_t>(
                std::clamp<int64_t>(left.GetSeconds(), 0, std::numeric_limits<uint32_t>::max()));
            update.username = cached->username.substr(0, MobilePmkUpdateBody::MAX_USERNAME_LENGTH);
            update.eapType = MobileHandoffBody::EAP_PEAP;
            manager->SendPmkUpdate(mac, client.ip, update);
        }
    }
    const WlcFastTransition::Keys* ftKeys = m_ft->GetKeys(mac);
    if (m_ftKeysToShare.erase(mac) && ftKeys)
    {
        // the group's controllers become R1KHs for the client's next FT roam
        MobileFtKeyUpdateBody update;
        update.mdid = ftKeys->mdid;
        update.akm = ftKeys->akm;
        std::copy(ftKeys->pmkR0.begin(), ftKeys->pmkR0.end(), update.pmkR0.begin());
        std::copy(ftKeys->pmkR0Name.begin(), ftKeys->pmkR0Name.end(), update.pmkR0Name.begin());
        Time left = ftKeys->expires - Simulator::Now();
        update.lifetime = static_cast<uint32_t>(
            std::clamp<int64_t>(left.GetSeconds(), 1, std::numeric_limits<uint32_t>::max()));
        update.r0khId.assign(ftKeys->r0khId.begin(), ftKeys->r0khId.end());
        manager->SendFtKeyUpdate(mac, client.ip, update);
    }
}

void
WlcSecurity::Cancel(Mac48Address client)
{
    m_authenticator->Cancel(client);
    m_dot1x->Cancel(client);
}

void
WlcSecurity::Forget(Mac48Address client)
{
    m_pmkToShare.erase(client);
    m_ftKeysToShare.erase(client);
    Cancel(client);
    m_rsnElements.erase(client);
    m_ftElements.erase(client);
    m_ft->Cancel(client);
}

void
WlcSecurity::EapolFromClient(const ClientEntry& client, Ptr<const Packet> eapol)
{
    // EAPOL-Key frames belong to the 4-way handshake, EAP-Packet and EAPOL-Start to 802.1X
    uint8_t header[2] = {0, 0};
    if (eapol->GetSize() >= 2)
    {
        eapol->CopyData(header, 2);
    }
    if (header[1] == EapolFrame::EAPOL_KEY)
    {
        m_authenticator->Receive(client.mac, eapol);
        return;
    }
    m_dot1x->Receive(client.mac, eapol);
}

void
WlcSecurity::EapolToClient(Mac48Address client, Ptr<Packet> eapol)
{
    if (const ClientEntry* entry = m_wlc->m_clients.Find(client))
    {
        m_wlc->DeliverToClient(*entry, eapol, entry->bssid, client, EAPOL_ETHERTYPE);
    }
}

} // namespace ns3
