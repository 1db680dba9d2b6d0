/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-mobility.h"

#include "wireless-lan-controller.h"
#include "wlc-security.h"

#include "ns3/etherip-l4-protocol.h"
#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/pmk-cache.h"
#include "ns3/pointer.h"
#include "ns3/simulator.h"
#include "ns3/wpa-crypto.h"

#include <algorithm>
#include <limits>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcMobility");
NS_OBJECT_ENSURE_REGISTERED(WlcMobility);

namespace
{

/// \param value something printable \return its text
template <typename T>
std::string
Text(const T& value)
{
    std::ostringstream os;
    os << value;
    return os.str();
}

/// \param mac a MAC \return it in the dotted form of the reference ("00.21.d8.fa.66.00")
std::string
DottedMac(Mac48Address mac)
{
    std::string text = Text(mac);
    for (auto& c : text)
    {
        c = c == ':' ? '.' : c;
    }
    return text;
}

/// \param role a role \return its number in a MobileHandoff
uint8_t
RoleCode(MobilityRole role)
{
    switch (role)
    {
    case MobilityRole::LOCAL:
        return MobileHandoffBody::ROLE_LOCAL;
    case MobilityRole::ANCHOR:
        return MobileHandoffBody::ROLE_ANCHOR;
    case MobilityRole::FOREIGN:
        return MobileHandoffBody::ROLE_FOREIGN;
    }
    return MobileHandoffBody::ROLE_LOCAL;
}

/// \param entry a client \param prefix text after the MAC \return "<mac> <ip> <PEM> (<n>) ..."
std::string
ClientLine(const ClientEntry& entry, const std::string& text)
{
    return Text(entry.mac) + " " + Text(entry.ip) + " " + PemStateName(entry.pemState) + " (" +
           std::to_string(unsigned(entry.pemState)) + ") " + text;
}

} // namespace

TypeId
WlcMobility::GetTypeId()
{
    static TypeId tid = TypeId("ns3::WlcMobility")
                            .SetParent<Object>()
                            .SetGroupName("Wlc")
                            .AddConstructor<WlcMobility>()
                            .AddAttribute("PingPongPeriod",
                                          "A client that comes back to a controller within this "
                                          "time after that controller handed it off is taken "
                                          "back at once from the context it still holds (no "
                                          "announce); the other controller is told to delete it.",
                                          TimeValue(Seconds(3)),
                                          MakeTimeAccessor(&WlcMobility::m_pingPongPeriod),
                                          MakeTimeChecker(Seconds(0)))
                            .AddAttribute("Manager",
                                          "The mobility protocol engine.",
                                          PointerValue(),
                                          MakePointerAccessor(&WlcMobility::m_manager),
                                          MakePointerChecker<MobilityManager>());
    return tid;
}

WlcMobility::WlcMobility()
    : m_manager(CreateObject<MobilityManager>())
{
    NS_LOG_FUNCTION(this);
}

WlcMobility::~WlcMobility()
{
    NS_LOG_FUNCTION(this);
}

void
WlcMobility::DoDispose()
{
    m_manager->Dispose();
    m_manager = nullptr;
    m_etherIp = nullptr;
    m_wlc = nullptr;
    Object::DoDispose();
}

Ptr<MobilityManager>
WlcMobility::GetManager() const
{
    return m_manager;
}

void
WlcMobility::Start(WirelessLanController* controller)
{
    m_wlc = controller;
    m_manager->SetAnnounceHandler(
        [this](Ipv4Address from, const MobilityMessage& m) { return OnAnnounce(from, m); });
    m_manager->SetHandoffHandler(
        [this](Ipv4Address from, const MobilityMessage& m) { return OnHandoff(from, m); });
    m_manager->SetHandoffDoneHandler([this](Mac48Address client, Ipv4Address peer, bool ok) {
        OnHandoffDone(client, peer, ok);
    });
    m_manager->SetAnnounceTimeoutHandler(
        [this](Mac48Address client) { OnAnnounceTimeout(client); });
    m_manager->SetAnchorUpdateHandler(
        [this](Ipv4Address from, const MobilityMessage& m) { return OnAnchorUpdate(from, m); });
    m_manager->SetAnchorUpdateDoneHandler(
        [this](Mac48Address client, bool ok) { OnAnchorUpdateDone(client, ok); });
    m_manager->SetClientDeleteHandler(
        [this](Ipv4Address from, const MobilityMessage& m) { OnClientDelete(from, m); });
    m_manager->SetPmkUpdateHandler(
        [this](Ipv4Address from, const MobilityMessage& m) { OnPmkUpdate(from, m); });
    m_manager->SetFtKeyUpdateHandler(
        [this](Ipv4Address from, const MobilityMessage& m) { OnFtKeyUpdate(from, m); });
    m_etherIp = EtherIpL4Protocol::GetOrInstall(controller->GetNode());
    m_etherIp->SetReceiveCallback(MakeCallback(&WlcMobility::FromTunnel, this));
    m_manager->Start(controller->GetNode(),
                     controller->GetManagementAddress(),
                     controller->GetManagementMac(),
                     controller->GetName());
}

void
WlcMobility::Stop()
{
    m_manager->Stop();
}

bool
WlcMobility::SameSubnet(Ipv4Address client, Ipv4Address ip, Ipv4Mask mask)
{
    return client != Ipv4Address::GetAny() && mask.IsMatch(client, ip);
}

bool
WlcMobility::Query(Mac48Address client)
{
    const ClientEntry* entry = m_wlc->m_clients.Find(client);
    if (!entry || m_manager->GetMembers().empty())
    {
        return false;
    }
    if (PingPong(client))
    {
        return true;
    }
    const Wlan& wlan = m_wlc->m_wlans.at(entry->wlanId);
    const WlcInterface& interface = m_wlc->m_interfaces.at(wlan.interfaceName);
    MobileAnnounceBody body;
    body.wlanId = wlan.id;
    body.ssid = wlan.ssid;
    body.bssid = entry->bssid;
    body.pemState = static_cast<uint8_t>(entry->pemState);
    body.vlanId = interface.vlan;
    m_wlc->m_clients.Modify(client, [](ClientEntry& e) { e.mobilityPending = true; });
    m_queryStarted[client] = Simulator::Now();
    m_manager->Log("Dot1x_NW_MsgTask_0",
                   Text(client) + " Mobility query, PEM State: " + PemStateName(entry->pemState));
    if (!m_manager->Announce(client, body, interface.address, interface.mask))
    {
        m_wlc->m_clients.Modify(client, [](ClientEntry& e) { e.mobilityPending = false; });
        m_queryStarted.erase(client);
        return false;
    }
    return true;
}

MobileHandoffBody
WlcMobility::Context(const ClientEntry& entry) const
{
    const Wlan& wlan = m_wlc->m_wlans.at(entry.wlanId);
    const WlcInterface& interface = m_wlc->m_interfaces.at(entry.interfaceName);
    MobileHandoffBody body;
    body.wlanId = wlan.id;
    body.ssid = wlan.ssid;
    body.profileName = wlan.profileName.substr(0, MobileHandoffBody::MAX_NAME_LENGTH);
    body.interfaceName = entry.interfaceName.substr(0, MobileHandoffBody::MAX_NAME_LENGTH);
    body.vlanId = entry.vlan;
    body.accessVlan = entry.accessVlan;
    body.clientIp = entry.ip;
    body.clientMask = interface.mask;
    body.defaultGatewayIp = interface.gateway;
    body.defaultGatewayMac = entry.mobilityRole == MobilityRole::FOREIGN
                                 ? entry.homeGatewayMac
                                 : m_wlc->m_dataPlane->GetGatewayMac(entry.interfaceName);
    body.pemState = static_cast<uint8_t>(entry.pemState);
    body.securityPolicyCompleted = entry.securityPolicyCompleted;
    bool wpa2 = wlan.security != WlanSecurity::OPEN;
    bool dot1x = wlan.security == WlanSecurity::WPA2_8021X;
    body.policyType = wpa2 ? MobileHandoffBody::POLICY_WPA2 : MobileHandoffBody::POLICY_NONE;
    // an 802.11r client's entry says FT-PSK or FT-802.1X (its (Re)Association Request)
    bool ft = entry.keyManagement.rfind("FT-", 0) == 0;
    body.keyManagement = !wpa2 ? MobileHandoffBody::AKM_NONE
                         : dot1x
                             ? (ft ? MobileHandoffBody::AKM_FT_8021X : MobileHandoffBody::AKM_8021X)
                             : (ft ? MobileHandoffBody::AKM_FT_PSK : MobileHandoffBody::AKM_PSK);
    body.cipher = wpa2 ? MobileHandoffBody::CIPHER_CCMP : MobileHandoffBody::CIPHER_NONE;
    // the key context moves with the client: the WLAN's PSK, or the client's 802.1X PMK
    std::optional<PmkCache::Entry> cached = m_wlc->GetPmkCache().Get(entry.mac);
    std::vector<uint8_t> pmk = dot1x ? (cached ? cached->pmk : std::vector<uint8_t>()) : wlan.pmk;
    if (wpa2 && pmk.size() == body.pmk.size())
    {
        std::copy(pmk.begin(), pmk.end(), body.pmk.begin());
        std::vector<uint8_t> pmkid = WpaCrypto::Pmkid(pmk, entry.bssid, entry.mac);
        std::copy(pmkid.begin(), pmkid.end(), body.pmkid.begin());
    }
    if (dot1x)
    {
        body.eapType = MobileHandoffBody::EAP_PEAP;
        body.username = entry.username.substr(0, MobileHandoffBody::MAX_USERNAME_LENGTH);
        if (cached)
        {
            Time left = cached->expires - Simulator::Now();
            body.sessionTimeout =
                static_cast<uint32_t>(std::clamp<int64_t>(static_cast<int64_t>(left.GetSeconds()),
                                                          0,
                                                          std::numeric_limits<uint32_t>::max()));
        }
    }
    body.moveCount = entry.moveCount;
    body.connectedSince = entry.connectedSince;
    body.associationId = entry.associationId;
    for (double rate : entry.supportedRates)
    {
        if (body.supportedRates.size() < MobileHandoffBody::MAX_RATES)
        {
            body.supportedRates.push_back(static_cast<uint8_t>(rate * 2));
        }
    }
    body.wmm = entry.wmm;
    body.senderRole = RoleCode(entry.mobilityRole);
    return body;
}

void
WlcMobility::BecomeAnchor(Mac48Address mac, Ipv4Address foreign, Ipv4Address self)
{
    const ClientEntry* entry = m_wlc->m_clients.Find(mac);
    if (!entry || entry->mobilityRole != MobilityRole::LOCAL)
    {
        return;
    }
    Log(ClientLine(*entry,
                   "mobility role update request from Local to Anchor Peer = " + Text(foreign) +
                       ", Old Anchor = " + Text(self) + ", New Anchor = " + Text(self)));
    m_wlc->m_ac->DeleteStation(entry->apMac, entry->radioId, mac);
    m_wlc->m_security->Cancel(mac); // an 802.1X exchange under way belongs to the foreign now
    m_wlc->m_clients.Modify(mac, [foreign](ClientEntry& e) {
        e.mobilityRole = MobilityRole::ANCHOR;
        e.mobilityPeer = foreign;
        e.apMac = Mac48Address("00:00:00:00:00:00");
        e.apName = "N/A";
        e.apIp = Ipv4Address::GetAny();
        e.channel = 0;
        e.associationId = 0;
    });
    Log(ClientLine(*entry,
                   "Plumbing duplex mobility tunnel to " + Text(foreign) + " as Anchor (VLAN " +
                       std::to_string(entry->vlan) + ")"));
    m_wlc->m_mobilityRoleTrace(mac, MobilityRole::LOCAL, MobilityRole::ANCHOR, foreign);
}

MobilityManager::AnnounceReply
WlcMobility::OnAnnounce(Ipv4Address from, const MobilityMessage& announce)
{
    MobilityManager::AnnounceReply reply;
    const MobilityHeader& header = announce.GetHeader();
    Mac48Address mac = header.mobileMac;
    const ClientEntry* entry = m_wlc->m_clients.Find(mac);
    if (!entry || entry->mobilityRole == MobilityRole::ANCHOR || entry->mobilityPending)
    {
        return reply; // not attached here: the controller where it is attached answers
    }
    Ipv4Address self = m_wlc->GetManagementAddress();
    const WlcInterface& interface = m_wlc->m_interfaces.at(entry->interfaceName);
    // the announcer's interface for the WLAN on the client's subnet: a Layer 2 roam
    bool layer2 = SameSubnet(entry->ip, header.vlanIp, header.vlanMask);
    reply.answer = true;
    m_recent[mac] = {*entry, from, Simulator::Now()};
    reply.body = Context(*entry);
    reply.mobileIp = entry->ip;
    reply.vlanIp = interface.address;
    reply.vlanMask = interface.mask;
    Ipv4Address anchor = entry->mobilityRole == MobilityRole::FOREIGN ? entry->mobilityPeer : self;
    reply.body.anchorIp = anchor;
    reply.body.anchorMac = entry->mobilityRole == MobilityRole::FOREIGN
                               ? Mac48Address("00:00:00:00:00:00")
                               : m_wlc->GetManagementMac();
    // the mobility task (mmListen) handles announces and handoffs, as in the reference's logs
    m_manager->Log("mmListen",
                   Text(mac) + " Handoff as " + MobilityRoleName(entry->mobilityRole) +
                       ", Client IP: " + Text(entry->ip) + " Anchor IP: " + Text(anchor));
    if (entry->mobilityRole == MobilityRole::LOCAL)
    {
        m_manager->Log("mmListen", "Anchor Mac : " + DottedMac(m_wlc->GetManagementMac()));
    }
    if (entry->mobilityRole == MobilityRole::LOCAL && !layer2)
    {
        // Layer 3 roam away from here: this controller becomes the client's anchor, once the
        // handoff (with the context as it is now) has been sent
        reply.body.code = MobileHandoffBody::CODE_HANDOFF_INDICATION;
        reply.afterSend = [this, mac, from, self]() { BecomeAnchor(mac, from, self); };
        m_deleteAfterHandoff[mac] = false;
    }
    else
    {
        reply.body.code = MobileHandoffBody::CODE_HANDOFF;
        m_deleteAfterHandoff[mac] = true;
    }
    return reply;
}

void
WlcMobility::OnHandoffDone(Mac48Address client, Ipv4Address peer, bool ok)
{
    auto it = m_deleteAfterHandoff.find(client);
    bool deleteEntry = it == m_deleteAfterHandoff.end() || it->second;
    if (it != m_deleteAfterHandoff.end())
    {
        m_deleteAfterHandoff.erase(it);
    }
    const ClientEntry* entry = m_wlc->m_clients.Find(client);
    if (!entry)
    {
        return;
    }
    if (ok && !deleteEntry)
    {
        Log(Text(client) + " Mobility Response: IP " + Text(entry->ip) +
            " code Handoff Indication (2), reason Client handoff successful - anchor released "
            "(1), PEM State " +
            PemStateName(entry->pemState) + ", Role Anchor(2)");
        return;
    }
    m_wlc->RemoveClient(client,
                        ok ? "handed off to " + Text(peer) : "handoff to " + Text(peer) + " failed",
                        entry->mobilityRole != MobilityRole::ANCHOR);
}

bool
WlcMobility::OnHandoff(Ipv4Address from, const MobilityMessage& handoff)
{
    const MobilityHeader& header = handoff.GetHeader();
    const MobileHandoffBody* body = handoff.GetBody<MobileHandoffBody>();
    Mac48Address mac = header.mobileMac;
    const ClientEntry* entry = m_wlc->m_clients.Find(mac);
    if (!entry || !entry->mobilityPending || !body)
    {
        return false;
    }
    Ipv4Address self = m_wlc->GetManagementAddress();
    const WlcInterface& interface = m_wlc->m_interfaces.at(entry->interfaceName);
    Ipv4Address anchor = body->anchorIp;
    m_manager->Log("mmListen",
                   std::string("Mobility handoff, NAC State Payload [ Client's NAC OOB State : ") +
                       (body->nacState == MobileHandoffBody::NAC_ACCESS ? "Access" : "Quarantine") +
                       ", Quarantine VLAN :" + std::to_string(body->quarantineVlan) +
                       ", Access VLAN : " + std::to_string(body->accessVlan) + " ]");
    m_manager->Log("mmListen",
                   Text(mac) + " Mobility handoff for client:Ip: " + Text(body->clientIp) +
                       " Anchor IP: " + Text(anchor) + ", Peer IP: " + Text(from));
    Log(Text(mac) +
        " Handoff confirm: Pre Handoff PEM State: " + mobility::PemStateText(body->pemState));
    Ipv4Address ip = body->clientIp;
    MobilityRole before = entry->mobilityRole;
    bool dot1x = body->keyManagement == MobileHandoffBody::AKM_8021X ||
                 body->keyManagement == MobileHandoffBody::AKM_FT_8021X;
    if (dot1x && std::any_of(body->pmk.begin(), body->pmk.end(), [](uint8_t b) { return b != 0; }))
    {
        // the client's 802.1X key context: its next roam within this controller is a fast one
        std::vector<uint8_t> pmk(body->pmk.begin(), body->pmk.end());
        m_wlc->m_security->GetPmkCache().Add(mac,
                                             pmk,
                                             body->username,
                                             Seconds(body->sessionTimeout));
        std::string username = body->username;
        m_wlc->m_clients.Modify(mac, [username](ClientEntry& e) {
            e.username = username;
            e.eapType = "PEAP";
        });
    }
    if (ip != Ipv4Address::GetAny() && body->pemState == mobility::PEM_RUN)
    {
        // the client was in RUN where it came from, and its Layer 2 security is done here
        m_wlc->m_clients.Modify(mac, [ip](ClientEntry& e) { e.ip = ip; });
        m_wlc->SetPemState(mac, PemState::RUN);
        const Wlan* wlan = m_wlc->GetWlan(entry->wlanId);
        bool wpa2 = wlan && wlan->security != WlanSecurity::OPEN;
        // the reference's mask for a WPA2 WLAN; AireOS leaves it 0 on an open WLAN
        Log(Text(mac) + "   Pem State update: RUN(20), VAP Security mask " +
            (wpa2 ? "40004000" : "00000000") + ",        IPsec len: 0, ACL Name: ''");
    }
    bool layer2 = SameSubnet(ip, interface.address, interface.mask);
    MobilityRole role = MobilityRole::LOCAL;
    if (anchor == self)
    {
        // back to its anchor: Local here again, the Anchor and Foreign markings removed
        m_wlc->m_clients.Modify(mac, [ip](ClientEntry& e) {
            e.mobilityRole = MobilityRole::LOCAL;
            e.mobilityPeer = Ipv4Address::GetAny();
            e.ip = ip;
            e.moveCount = 0;
        });
    }
    else if (layer2)
    {
        uint32_t moves = body->moveCount;
        m_wlc->m_clients.Modify(mac, [ip, moves](ClientEntry& e) {
            e.mobilityRole = MobilityRole::LOCAL;
            e.mobilityPeer = Ipv4Address::GetAny();
            e.ip = ip;
            e.moveCount = moves;
        });
        if (body->senderRole == MobileHandoffBody::ROLE_FOREIGN)
        {
            // the client left its anchor's subnet behind for good: the anchor forgets it
            m_manager->SendClientDelete(anchor, mac, ip, DELETE_LEFT_SUBNET);
        }
    }
    else
    {
        role = MobilityRole::FOREIGN;
        uint32_t moves = body->moveCount + 1;
        uint16_t accessVlan = body->accessVlan;
        Mac48Address gateway = body->defaultGatewayMac;
        m_wlc->m_clients.Modify(mac, [=](ClientEntry& e) {
            e.mobilityRole = MobilityRole::FOREIGN;
            e.mobilityPeer = anchor;
            e.ip = ip;
            e.moveCount = moves;
            e.accessVlan = accessVlan;
            e.homeGatewayMac = gateway;
        });
        Log(ClientLine(
            *entry,
            "mobility role update request from Unassociated to Foreign Peer = " + Text(from) +
                ", Old Anchor = " + Text(anchor) + ", New Anchor = " + Text(anchor)));
        Log(ClientLine(*entry,
                       "Plumbing duplex mobility tunnel to " + Text(anchor) +
                           " as Foreign, (VLAN " + std::to_string(entry->vlan) + ")"));
        Log(Text(mac) + " Configured Anchor for mobile " + Text(mac));
        if (from != anchor)
        {
            // from another foreign controller: the anchor learns where its client is now; the
            // client's frames wait until the anchor knows the new tunnel
            m_manager->SendAnchorUpdate(anchor, mac, ip, moves);
            m_awaitingAnchor[mac] = from;
            Log(Text(mac) + " Mobility Response: IP " + Text(ip) +
                " code Handoff (1), reason Handoff success (0), PEM State " +
                PemStateName(m_wlc->m_clients.Find(mac)->pemState) +
                ", Role Foreign(3), waiting for the anchor");
            return true;
        }
    }
    Resolved(mac, before, role, from, !layer2 || anchor == self);
    Log(Text(mac) + " Mobility Response: IP " + Text(ip) +
        " code Handoff (1), reason Handoff success (0), PEM State " +
        PemStateName(m_wlc->m_clients.Find(mac)->pemState) + ", Role " + MobilityRoleName(role) +
        "(" + std::to_string(unsigned(RoleCode(role))) + ")");
    return true;
}

void
WlcMobility::OnAnnounceTimeout(Mac48Address client)
{
    const ClientEntry* entry = m_wlc->m_clients.Find(client);
    if (!entry)
    {
        return;
    }
    // nobody answered: a new client, Local here (or back home with its foreign gone)
    MobilityRole before = entry->mobilityRole;
    m_wlc->m_clients.Modify(client, [](ClientEntry& e) {
        e.mobilityRole = MobilityRole::LOCAL;
        e.mobilityPeer = Ipv4Address::GetAny();
    });
    Resolved(client, before, MobilityRole::LOCAL, Ipv4Address::GetAny(), false);
}

void
WlcMobility::Resolved(Mac48Address client,
                      MobilityRole before,
                      MobilityRole role,
                      Ipv4Address from,
                      bool layer3)
{
    const ClientEntry* entry = m_wlc->m_clients.Find(client);
    Ipv4Address peer = entry->mobilityPeer;
    Time started = m_queryStarted.count(client) ? m_queryStarted[client] : Simulator::Now();
    m_queryStarted.erase(client);
    m_wlc->m_clients.Modify(client, [](ClientEntry& e) { e.mobilityPending = false; });
    if (before != role || role != MobilityRole::LOCAL || peer != Ipv4Address::GetAny())
    {
        m_wlc->m_mobilityRoleTrace(client, before, role, peer);
    }
    m_wlc->SetPemState(client,
                       entry->ip == Ipv4Address::GetAny() ? PemState::DHCP_REQD : PemState::RUN);
    m_wlc->m_handoffTrace(client, role, from, Simulator::Now() - started, layer3);
    m_wlc->m_dataPlane->ReleaseHeld(client);
}

void
WlcMobility::OnAnchorUpdateDone(Mac48Address client, bool ok)
{
    auto it = m_awaitingAnchor.find(client);
    if (it == m_awaitingAnchor.end() || !m_wlc->m_clients.Find(client))
    {
        return;
    }
    Ipv4Address from = it->second;
    m_awaitingAnchor.erase(it);
    if (!ok)
    {
        Log(Text(client) + " the anchor did not acknowledge the new tunnel");
    }
    Resolved(client, MobilityRole::FOREIGN, MobilityRole::FOREIGN, from, true);
}

bool
WlcMobility::OnAnchorUpdate(Ipv4Address from, const MobilityMessage& update)
{
    Mac48Address mac = update.GetHeader().mobileMac;
    const ClientEntry* entry = m_wlc->m_clients.Find(mac);
    const auto* body = update.GetBody<MobileAnchorUpdateBody>();
    if (!entry || entry->mobilityRole != MobilityRole::ANCHOR || !body)
    {
        return false;
    }
    uint32_t moves = body->moveCount;
    Ipv4Address old = entry->mobilityPeer;
    m_wlc->m_clients.Modify(mac, [from, moves](ClientEntry& e) {
        e.mobilityPeer = from;
        e.moveCount = moves;
    });
    Log(ClientLine(*entry, "anchor tunnel moved from " + Text(old) + " to " + Text(from)));
    m_wlc->m_mobilityRoleTrace(mac, MobilityRole::ANCHOR, MobilityRole::ANCHOR, from);
    return true;
}

void
WlcMobility::OnPmkUpdate(Ipv4Address from, const MobilityMessage& message)
{
    const auto* body = message.GetBody<MobilePmkUpdateBody>();
    if (!body)
    {
        return;
    }
    Mac48Address mac = message.GetHeader().mobileMac;
    if (std::all_of(body->pmk.begin(), body->pmk.end(), [](uint8_t b) { return b == 0; }) ||
        body->lifetime == 0)
    {
        return; // no key to cache
    }
    std::vector<uint8_t> pmk(body->pmk.begin(), body->pmk.end());
    m_wlc->m_security->GetPmkCache().Add(mac, pmk, body->username, Seconds(body->lifetime));
    Log(Text(mac) + " Received PMK cache update from " + Text(from) + " (" + body->username +
        ", lifetime " + std::to_string(body->lifetime) + " s)");
}

void
WlcMobility::OnFtKeyUpdate(Ipv4Address from, const MobilityMessage& message)
{
    const auto* body = message.GetBody<MobileFtKeyUpdateBody>();
    if (!body || body->lifetime == 0)
    {
        return;
    }
    Mac48Address mac = message.GetHeader().mobileMac;
    WlcFastTransition::Keys keys;
    keys.pmkR0.assign(body->pmkR0.begin(), body->pmkR0.end());
    keys.pmkR0Name.assign(body->pmkR0Name.begin(), body->pmkR0Name.end());
    keys.r0khId.assign(body->r0khId.begin(), body->r0khId.end());
    keys.mdid = body->mdid;
    keys.akm = body->akm;
    keys.expires = Simulator::Now() + Seconds(body->lifetime);
    m_wlc->GetFastTransition()->AddKeys(mac, keys);
    Log(Text(mac) + " Received FT PMK-R0 update from " + Text(from) + " (R0KH-ID " + body->r0khId +
        ", lifetime " + std::to_string(body->lifetime) + " s)");
}

void
WlcMobility::OnClientDelete(Ipv4Address from, const MobilityMessage& message)
{
    Mac48Address mac = message.GetHeader().mobileMac;
    const ClientEntry* entry = m_wlc->m_clients.Find(mac);
    const auto* body = message.GetBody<MobileClientDeleteBody>();
    if (!entry || !body)
    {
        return;
    }
    bool pingPong = body->reason == DELETE_PING_PONG;
    if (pingPong || (entry->mobilityRole != MobilityRole::LOCAL && entry->mobilityPeer == from))
    {
        m_awaitingAnchor.erase(mac);
        m_queryStarted.erase(mac);
        m_wlc->RemoveClient(mac,
                            pingPong ? "the client went back to " + Text(from) + " (ping-pong)"
                                     : "deleted by mobility peer " + Text(from),
                            entry->mobilityRole != MobilityRole::ANCHOR);
    }
}

bool
WlcMobility::PingPong(Mac48Address client)
{
    auto it = m_recent.find(client);
    if (it == m_recent.end())
    {
        return false;
    }
    Recent recent = it->second;
    m_recent.erase(it);
    if (Simulator::Now() - recent.when > m_pingPongPeriod)
    {
        return false;
    }
    // back within the ping-pong period: the context from before the handoff is still valid
    const ClientEntry& old = recent.entry;
    const ClientEntry* current = m_wlc->m_clients.Find(client);
    MobilityRole before = current ? current->mobilityRole : MobilityRole::LOCAL;
    m_wlc->m_clients.Modify(client, [&old](ClientEntry& e) {
        e.ip = old.ip;
        e.mobilityRole = old.mobilityRole;
        e.mobilityPeer = old.mobilityPeer;
        e.moveCount = old.moveCount;
        e.interfaceName = old.interfaceName;
        e.vlan = old.vlan;
        e.accessVlan = old.accessVlan;
        e.homeGatewayMac = old.homeGatewayMac;
        e.connectedSince = old.connectedSince;
    });
    Log(Text(client) + " ping-pong: back from " + Text(recent.to) + " within " +
        std::to_string(m_pingPongPeriod.GetMilliSeconds()) + " ms, " +
        MobilityRoleName(old.mobilityRole) + " again with IP " + Text(old.ip));
    m_manager->SendClientDelete(recent.to, client, old.ip, DELETE_PING_PONG);
    m_queryStarted[client] = Simulator::Now();
    if (old.mobilityRole == MobilityRole::FOREIGN && old.mobilityPeer != recent.to)
    {
        // the anchor follows the client back
        m_wlc->m_clients.Modify(client, [](ClientEntry& e) { e.mobilityPending = true; });
        m_manager->SendAnchorUpdate(old.mobilityPeer, client, old.ip, old.moveCount);
        m_awaitingAnchor[client] = recent.to;
        return true;
    }
    Resolved(client, before, old.mobilityRole, recent.to, old.mobilityRole != MobilityRole::LOCAL);
    return true;
}

void
WlcMobility::Log(const std::string& line)
{
    m_manager->Log("apfReceiveTask", line);
}

void
WlcMobility::Tunnel(const ClientEntry& client,
                    Ptr<Packet> payload,
                    Mac48Address source,
                    Mac48Address destination,
                    uint16_t etherType)
{
    m_etherIp->Send(payload,
                    source,
                    destination,
                    etherType,
                    m_wlc->GetManagementAddress(),
                    client.mobilityPeer);
}

void
WlcMobility::FromTunnel(Ipv4Address peer,
                        Ptr<Packet> payload,
                        Mac48Address source,
                        Mac48Address destination,
                        uint16_t etherType)
{
    m_wlc->m_dataPlane->FromTunnel(peer, payload, source, destination, etherType);
}

} // namespace ns3
