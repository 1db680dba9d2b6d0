/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wireless-lan-controller.h"

#include "show-commands.h"
#include "wlc-dot1x-authenticator.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/dhcp-snoop.h"
#include "ns3/dot11-mgmt-frame.h"
#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/pointer.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/wpa-crypto.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WirelessLanController");
NS_OBJECT_ENSURE_REGISTERED(WirelessLanController);

namespace
{

/// \param channel a channel number \return the protocol name `show client summary` prints
std::string
ProtocolName(uint16_t channel, bool ht)
{
    std::string name = channel > 14 ? "802.11a" : "802.11g";
    if (ht)
    {
        name = channel > 14 ? "802.11n(5 GHz)" : "802.11n(2.4 GHz)";
    }
    return name;
}

} // namespace

TypeId
WirelessLanController::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::WirelessLanController")
            .SetParent<Application>()
            .SetGroupName("Wlc")
            .AddConstructor<WirelessLanController>()
            .AddAttribute("Name",
                          "The controller's name (System Name, AC Name, CLI prompt).",
                          StringValue("WLC"),
                          MakeStringAccessor(&WirelessLanController::m_name),
                          MakeStringChecker())
            .AddAttribute("AccessController",
                          "The CAPWAP access controller.",
                          PointerValue(),
                          MakePointerAccessor(&WirelessLanController::m_ac),
                          MakePointerChecker<CapwapAc>())
            .AddAttribute("DataPlane",
                          "The bridge between clients and VLANs.",
                          PointerValue(),
                          MakePointerAccessor(&WirelessLanController::m_dataPlane),
                          MakePointerChecker<WlcDataPlane>())
            .AddAttribute("Authenticator",
                          "The WPA2 authenticator.",
                          PointerValue(),
                          MakePointerAccessor(&WirelessLanController::SetAuthenticator,
                                              &WirelessLanController::GetAuthenticator),
                          MakePointerChecker<WlcAuthenticator>())
            .AddAttribute("Dot1xAuthenticator",
                          "The 802.1X authenticator (EAP relay to the RADIUS server).",
                          PointerValue(),
                          MakePointerAccessor(&WirelessLanController::SetDot1xAuthenticator,
                                              &WirelessLanController::GetDot1xAuthenticator),
                          MakePointerChecker<WlcDot1xAuthenticator>())
            .AddAttribute("Mobility",
                          "The inter-controller roaming part (its Manager: the mobility "
                          "protocol).",
                          PointerValue(),
                          MakePointerAccessor(&WirelessLanController::m_mobility),
                          MakePointerChecker<WlcMobility>())
            .AddAttribute("ApLossClientHoldTime",
                          "How long the clients of an AP that left are kept before they are "
                          "deleted; a client that roams meanwhile keeps its context.",
                          TimeValue(Seconds(10)),
                          MakeTimeAccessor(&WirelessLanController::m_apLossHoldTime),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("SymmetricTunneling",
                          "Mobility symmetric tunnelling: a Foreign client's traffic goes back "
                          "to its anchor; false (the AireOS default) sends its unicast out of "
                          "this controller's own VLAN.",
                          BooleanValue(false),
                          MakeBooleanAccessor(&WirelessLanController::m_symmetricTunneling),
                          MakeBooleanChecker())
            .AddTraceSource("MobilityRoleChanged",
                            "A client's mobility role (Local, Anchor, Foreign) or peer changed.",
                            MakeTraceSourceAccessor(&WirelessLanController::m_mobilityRoleTrace),
                            "ns3::WirelessLanController::RoleTracedCallback")
            .AddTraceSource("MobilityHandoffCompleted",
                            "A mobility exchange for a client announced here ended (handoff "
                            "taken or no answer).",
                            MakeTraceSourceAccessor(&WirelessLanController::m_handoffTrace),
                            "ns3::WirelessLanController::HandoffTracedCallback")
            .AddTraceSource("ClientAssociated",
                            "An AP forwarded a client's (Re)Association Request.",
                            MakeTraceSourceAccessor(&WirelessLanController::m_associatedTrace),
                            "ns3::WirelessLanController::ClientApTracedCallback")
            .AddTraceSource("PemStateChanged",
                            "A client's policy manager state changed.",
                            MakeTraceSourceAccessor(&WirelessLanController::m_pemTrace),
                            "ns3::WirelessLanController::PemTracedCallback")
            .AddTraceSource("ClientRoamed",
                            "A client moved from one AP of this controller to another.",
                            MakeTraceSourceAccessor(&WirelessLanController::m_roamTrace),
                            "ns3::WirelessLanController::RoamTracedCallback")
            .AddTraceSource("ClientRemoved",
                            "A client entry was deleted.",
                            MakeTraceSourceAccessor(&WirelessLanController::m_removedTrace),
                            "ns3::WirelessLanController::RemovedTracedCallback")
            .AddTraceSource("ApJoined",
                            "An AP joined and has its WLAN.",
                            MakeTraceSourceAccessor(&WirelessLanController::m_apJoinedTrace),
                            "ns3::WirelessLanController::ApTracedCallback")
            .AddTraceSource("ApLost",
                            "An AP's CAPWAP session ended.",
                            MakeTraceSourceAccessor(&WirelessLanController::m_apLostTrace),
                            "ns3::WirelessLanController::ApLostTracedCallback")
            .AddTraceSource("PmkCacheHit",
                            "A WPA2-802.1X client reassociated with the PMKID of a cached PMK: "
                            "no EAP exchange, only the 4-way handshake (PMK caching, OKC).",
                            MakeTraceSourceAccessor(&WirelessLanController::m_pmkCacheHitTrace),
                            "ns3::WirelessLanController::PmkCacheHitTracedCallback");
    return tid;
}

WirelessLanController::WirelessLanController()
    : m_security(CreateObject<WlcSecurity>()),
      m_ac(CreateObject<CapwapAc>()),
      m_dataPlane(CreateObject<WlcDataPlane>()),
      m_mobility(CreateObject<WlcMobility>())
{
    NS_LOG_FUNCTION(this);
}

WirelessLanController::~WirelessLanController()
{
    NS_LOG_FUNCTION(this);
}

void
WirelessLanController::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_ac->Dispose();
    m_dataPlane->Dispose();
    m_security->Dispose(); // not released: GetPmkCache() still answers after disposal
    m_mobility->Dispose();
    m_mobility = nullptr;
    m_ac = nullptr;
    m_dataPlane = nullptr;
    m_interfaces.clear();
    Application::DoDispose();
}

int64_t
WirelessLanController::AssignStreams(int64_t stream)
{
    return m_security->AssignStreams(stream);
}

void
WirelessLanController::AddInterface(const WlcInterface& interface)
{
    NS_LOG_FUNCTION(this << interface.name << interface.vlan << interface.address);
    NS_ABORT_MSG_IF(interface.name.empty(), m_name << ": an interface needs a name");
    NS_ABORT_MSG_IF(m_interfaces.count(interface.name),
                    m_name << ": interface '" << interface.name << "' already exists");
    NS_ABORT_MSG_IF(interface.vlan > 4094,
                    m_name << ": interface '" << interface.name << "' has VLAN " << interface.vlan
                           << "; VLAN ids are 0..4094");
    NS_ABORT_MSG_UNLESS(interface.port,
                        m_name << ": interface '" << interface.name
                               << "' has no port; give it the controller's device on VLAN "
                               << interface.vlan);
    NS_ABORT_MSG_UNLESS(!GetNode() || interface.port->GetNode() == GetNode(),
                        m_name << ": the port of interface '" << interface.name
                               << "' is on another node");
    m_interfaces[interface.name] = interface;
    if (m_managementInterface.empty())
    {
        m_managementInterface = interface.name;
    }
}

void
WirelessLanController::AddWlan(Wlan wlan)
{
    NS_LOG_FUNCTION(this << unsigned(wlan.id) << wlan.ssid);
    NS_ABORT_MSG_IF(wlan.id < 1 || wlan.id > 16,
                    m_name << ": WLAN id " << unsigned(wlan.id) << " is outside 1..16");
    NS_ABORT_MSG_IF(m_wlans.count(wlan.id),
                    m_name << ": WLAN " << unsigned(wlan.id) << " already exists");
    NS_ABORT_MSG_IF(wlan.ssid.empty() || wlan.ssid.size() > 32,
                    m_name << ": WLAN " << unsigned(wlan.id) << " needs an SSID of 1..32 bytes");
    NS_ABORT_MSG_UNLESS(m_interfaces.count(wlan.interfaceName),
                        m_name << ": WLAN " << unsigned(wlan.id) << " maps to interface '"
                               << wlan.interfaceName
                               << "', which does not exist; add the interface first");
    if (wlan.security == WlanSecurity::WPA2_PSK)
    {
        std::string why;
        NS_ABORT_MSG_UNLESS(WpaCrypto::DerivePmk(wlan.passphrase, wlan.ssid, wlan.pmk, why),
                            m_name << ": WLAN " << unsigned(wlan.id) << ": " << why);
    }
    NS_ABORT_MSG_IF(wlan.security == WlanSecurity::WPA2_8021X && !wlan.passphrase.empty(),
                    m_name << ": WLAN " << unsigned(wlan.id)
                           << " is WPA2-802.1X: it takes no passphrase (the keys come from the "
                              "RADIUS server; configure it with SetRadiusServer)");
    if (wlan.profileName.empty())
    {
        wlan.profileName = wlan.ssid;
    }
    m_wlans[wlan.id] = wlan;
}

void
WirelessLanController::SetMobilityGroup(const std::string& name, const std::string& groupId)
{
    MobilityGroupId id = MobilityGroupIdFromName(name);
    if (!groupId.empty())
    {
        std::string why;
        NS_ABORT_MSG_UNLESS(ParseMobilityGroupId(groupId, id, why),
                            m_name << ": mobility group id '" << groupId << "': " << why);
    }
    m_mobility->GetManager()->SetGroup(name, id);
}

void
WirelessLanController::AddMobilityMember(Ipv4Address ip,
                                         Mac48Address mac,
                                         const std::string& name,
                                         const std::string& group)
{
    NS_ABORT_MSG_IF(ip == GetManagementAddress(),
                    m_name << ": the mobility group's local member is implicit; add only the other "
                              "controllers");
    MobilityMember member;
    member.ip = ip;
    member.mac = mac;
    member.name = name;
    member.group = group.empty() ? m_mobility->GetManager()->GetGroupName() : group;
    m_mobility->GetManager()->AddMember(member);
}

Ptr<WlcMobility>
WirelessLanController::GetMobility() const
{
    return m_mobility;
}

Mac48Address
WirelessLanController::GetManagementMac() const
{
    auto it = m_interfaces.find(m_managementInterface);
    return it == m_interfaces.end() ? Mac48Address()
                                    : Mac48Address::ConvertFrom(it->second.port->GetAddress());
}

std::string
WirelessLanController::ShowMobilitySummary() const
{
    return m_mobility->GetManager()->ShowSummary();
}

std::string
WirelessLanController::GetName() const
{
    return m_name;
}

Ipv4Address
WirelessLanController::GetManagementAddress() const
{
    auto it = m_interfaces.find(m_managementInterface);
    return it == m_interfaces.end() ? Ipv4Address() : it->second.address;
}

const WlcInterface*
WirelessLanController::GetInterface(const std::string& name) const
{
    auto it = m_interfaces.find(name);
    return it == m_interfaces.end() ? nullptr : &it->second;
}

const Wlan*
WirelessLanController::GetWlan(uint8_t id) const
{
    auto it = m_wlans.find(id);
    return it == m_wlans.end() ? nullptr : &it->second;
}

const Wlan*
WirelessLanController::FindWlanBySsid(const std::string& ssid) const
{
    for (const auto& [id, wlan] : m_wlans)
    {
        if (wlan.ssid == ssid)
        {
            return &wlan;
        }
    }
    return nullptr;
}

const ClientDatabase&
WirelessLanController::GetClients() const
{
    return m_clients;
}

const ApTable&
WirelessLanController::GetAps() const
{
    return m_ac->GetApTable();
}

Ptr<CapwapAc>
WirelessLanController::GetAccessController() const
{
    return m_ac;
}

Ptr<WlcDataPlane>
WirelessLanController::GetDataPlane() const
{
    return m_dataPlane;
}

Ptr<WlcAuthenticator>
WirelessLanController::GetAuthenticator() const
{
    return m_security->GetAuthenticator();
}

void
WirelessLanController::SetAuthenticator(Ptr<WlcAuthenticator> authenticator)
{
    m_security->SetAuthenticator(authenticator);
}

Ptr<WlcFastTransition>
WirelessLanController::GetFastTransition() const
{
    return m_security->GetFastTransition();
}

Ptr<WlcDot1xAuthenticator>
WirelessLanController::GetDot1xAuthenticator() const
{
    return m_security->GetDot1xAuthenticator();
}

void
WirelessLanController::SetDot1xAuthenticator(Ptr<WlcDot1xAuthenticator> dot1x)
{
    m_security->SetDot1xAuthenticator(dot1x);
}

const PmkCache&
WirelessLanController::GetPmkCache() const
{
    return m_security->GetPmkCache();
}

void
WirelessLanController::SetRadiusServer(Ipv4Address server, const std::string& secret, uint16_t port)
{
    NS_LOG_FUNCTION(this << server << port);
    NS_ABORT_MSG_IF(server == Ipv4Address::GetAny() || server.IsBroadcast() || server.IsMulticast(),
                    m_name << ": RADIUS server " << server << " is not a unicast address");
    NS_ABORT_MSG_IF(secret.empty() || secret.size() > 128,
                    m_name << ": the RADIUS shared secret must have 1..128 characters");
    NS_ABORT_MSG_IF(port == 0, m_name << ": RADIUS server port 0");
    m_security->SetRadiusServer(server, secret, port);
}

std::string
WirelessLanController::ShowClientSummary() const
{
    return ShowCommands::ClientSummary(m_clients);
}

std::string
WirelessLanController::ShowClientDetail(Mac48Address client) const
{
    const ClientEntry* entry = m_clients.Find(client);
    if (!entry)
    {
        return "Incorrect client MAC address\n";
    }
    return ShowCommands::ClientDetail(*entry, Simulator::Now());
}

std::string
WirelessLanController::ShowApSummary() const
{
    return ShowCommands::ApSummary(m_ac->GetApTable(), m_clients);
}

bool
WirelessLanController::ResetAp(const std::string& apName)
{
    return m_ac->ResetAp(apName);
}

void
WirelessLanController::StartApplication()
{
    NS_LOG_FUNCTION(this);
    NS_ABORT_MSG_IF(m_interfaces.empty(),
                    m_name << ": no interfaces; add the management interface (WlcHelper)");
    NS_ABORT_MSG_IF(m_wlans.empty(), m_name << ": no WLAN configured (WlcHelper::AddWlan)");
    for (const auto& [name, interface] : m_interfaces)
    {
        if (name != m_managementInterface)
        {
            m_dataPlane->AddInterface(interface);
        }
    }
    // the management interface bridges clients too when a WLAN maps to it
    for (const auto& [id, wlan] : m_wlans)
    {
        if (wlan.interfaceName == m_managementInterface)
        {
            m_dataPlane->AddInterface(m_interfaces.at(m_managementInterface));
            break;
        }
    }
    m_dataPlane->SetClientDatabase(&m_clients);
    m_dataPlane->SetDeliverCallback(MakeCallback(&WirelessLanController::DeliverToClient, this));
    m_dataPlane->SetEapolCallback(MakeCallback(&WlcSecurity::EapolFromClient, m_security));
    m_dataPlane->SetDhcpCallback(MakeCallback(&WirelessLanController::DhcpSeen, this));
    m_dataPlane->SetTunnelCallback(MakeCallback(&WlcMobility::Tunnel, m_mobility));
    m_dataPlane->SetSymmetricTunneling(m_symmetricTunneling);
    m_dataPlane->ResolveGateways();

    m_security->Start(this);

    m_ac->SetApJoinedCallback(MakeCallback(&WirelessLanController::ApJoined, this));
    m_ac->SetApLostCallback(MakeCallback(&WirelessLanController::ApLost, this));
    m_ac->SetAssociationCallback(MakeCallback(&WirelessLanController::Associated, this));
    m_ac->SetFrameCallback(MakeCallback(&WirelessLanController::FromAp, this));
    m_ac->SetAuthenticationCallback(MakeCallback(&WlcSecurity::AuthenticationFromAp, m_security));
    m_ac->SetStationCount([this]() { return static_cast<uint16_t>(m_clients.GetN()); });
    m_ac->Start(GetNode(), GetManagementAddress(), m_name, &m_wlans);
    m_mobility->Start(this);
}

void
WirelessLanController::StopApplication()
{
    NS_LOG_FUNCTION(this);
    m_ac->Stop();
    m_mobility->Stop();
}

void
WirelessLanController::ApJoined(const ApEntry& ap)
{
    NS_LOG_INFO(m_name << ": AP " << ap.name << " joined, BSSID " << ap.radioMac);
    m_apJoinedTrace(ap.name);
}

void
WirelessLanController::ApLost(const ApEntry& ap, const std::string& reason)
{
    NS_LOG_INFO(m_name << ": AP " << ap.name << " lost: " << reason);
    // the clients of a lost AP are kept for a while: a client that roams to another AP (of
    // this or another controller) meanwhile keeps its context
    for (const ClientEntry* client : m_clients.FindByAp(ap.ethernetMac))
    {
        Mac48Address mac = client->mac;
        Mac48Address apMac = ap.ethernetMac;
        std::string reason = "AP " + ap.name + " disjoined";
        Simulator::Schedule(m_apLossHoldTime, [this, mac, apMac, reason]() {
            const ClientEntry* entry = m_clients.Find(mac);
            if (entry && entry->apMac == apMac && entry->mobilityRole != MobilityRole::ANCHOR)
            {
                RemoveClient(mac, reason, false, true);
            }
        });
    }
    m_apLostTrace(ap.name, reason);
}

void
WirelessLanController::Associated(const ApEntry& ap,
                                  uint8_t radioId,
                                  const Dot11AssocRequest& request)
{
    Mac48Address mac = request.GetStation();
    const Wlan* wlan = FindWlanBySsid(request.GetSsid());
    if (!wlan)
    {
        NS_LOG_INFO(m_name << ": " << mac << " asked for unknown SSID '" << request.GetSsid()
                           << "' at " << ap.name);
        return;
    }
    const WlcInterface& interface = m_interfaces.at(wlan->interfaceName);
    NS_LOG_INFO(m_name << ": " << mac << " associated with " << ap.name << " (WLAN "
                       << unsigned(wlan->id) << ")");
    m_associatedTrace(mac, ap.name);
    const ClientEntry* existing = m_clients.Find(mac);
    std::string fromAp = existing ? existing->apName : "";
    if (existing && existing->apMac != ap.ethernetMac)
    {
        // intra-controller roam: the old AP forgets the station
        m_ac->DeleteStation(existing->apMac, existing->radioId, mac);
    }
    m_security->Associating(request);
    if (!existing || existing->mobilityRole == MobilityRole::ANCHOR)
    {
        // new to this controller, or back from a foreign one: the group will be asked
        m_needsQuery.insert(mac);
    }
    m_capabilities[mac] = request.GetCapabilityInformation();
    auto update = [&](ClientEntry& entry) {
        entry.apMac = ap.ethernetMac;
        entry.apName = ap.name;
        entry.apIp = ap.ip;
        entry.radioId = radioId;
        entry.wlanId = wlan->id;
        entry.bssid = request.GetBssid();
        entry.channel = ap.channel;
        entry.protocol = ProtocolName(ap.channel, request.HasHtCapabilities());
        entry.supportedRates = request.GetRatesMbps();
        entry.wmm = request.HasHtCapabilities();
        entry.associatedAt = Simulator::Now();
        entry.securityPolicyCompleted = false;
        entry.policyType = wlan->security == WlanSecurity::OPEN ? "None" : "WPA2";
        entry.keyManagement = wlan->security == WlanSecurity::OPEN       ? "None"
                              : wlan->security == WlanSecurity::WPA2_PSK ? "PSK"
                                                                         : "802.1X";
        if (m_security->OffersFt(mac, *wlan))
        {
            entry.keyManagement = "FT-" + entry.keyManagement;
        }
        entry.cipher = wlan->security == WlanSecurity::OPEN ? "None" : "CCMP (AES)";
        entry.interfaceName = interface.name;
        entry.vlan = interface.vlan;
        entry.accessVlan = interface.vlan;
    };
    uint16_t aid = 1;
    for (const ClientEntry* other : m_clients.FindByAp(ap.ethernetMac))
    {
        aid = std::max<uint16_t>(aid, other->associationId + 1);
    }
    if (existing)
    {
        m_clients.Modify(mac, update);
        if (existing->apMac == ap.ethernetMac)
        {
            aid = existing->associationId;
        }
        m_clients.Modify(mac, [aid](ClientEntry& entry) { entry.associationId = aid; });
        if (!fromAp.empty() && fromAp != ap.name)
        {
            NS_LOG_INFO(m_name << ": " << mac << " roamed from " << fromAp << " to " << ap.name);
            m_roamTrace(mac, fromAp, ap.name);
        }
    }
    else
    {
        ClientEntry entry;
        entry.mac = mac;
        entry.connectedSince = Simulator::Now();
        entry.associationId = aid;
        update(entry);
        m_clients.Insert(entry);
    }
    SetPemState(mac, PemState::START);
    m_ac->AddStation(ap.ethernetMac,
                     *m_clients.Find(mac),
                     request.GetCapabilityInformation(),
                     [this, mac](bool ok) { StationAdded(mac, ok); });
}

void
WirelessLanController::StationAdded(Mac48Address client, bool ok)
{
    if (!m_clients.Find(client))
    {
        return;
    }
    if (!ok)
    {
        RemoveClient(client, "the AP did not add the station", false);
        return;
    }
    SetPemState(client, PemState::AUTHCHECK);
    m_security->StartClient(client);
}

void
WirelessLanController::SecurityCompleted(Mac48Address client)
{
    const ClientEntry* entry = m_clients.Find(client);
    if (!entry)
    {
        return;
    }
    m_clients.Modify(client, [](ClientEntry& e) { e.securityPolicyCompleted = true; });
    SetPemState(client, PemState::L2AUTHCOMPLETE);
    m_security->ShareKeys(*entry); // the group learns the keys the 4-way handshake proved
    if (m_needsQuery.erase(client) && m_mobility->Query(client))
    {
        return; // the mobility group decides where the client belongs
    }
    // a client whose address is known (a roam) goes straight to RUN
    SetPemState(client, entry->ip == Ipv4Address::GetAny() ? PemState::DHCP_REQD : PemState::RUN);
}

void
WirelessLanController::SecurityFailed(Mac48Address client, const std::string& reason)
{
    RemoveClient(client, "Layer 2 security failed: " + reason, true, true);
}

void
WirelessLanController::DhcpSeen(Mac48Address client, const DhcpSnoopMessage& message)
{
    if (message.op != 2 || !message.messageType || *message.messageType != DhcpMessageType::ACK)
    {
        return;
    }
    const ClientEntry* entry = m_clients.Find(client);
    if (!entry || message.yiaddr == Ipv4Address::GetAny())
    {
        return;
    }
    Ipv4Address ip = message.yiaddr;
    if (entry->ip != ip)
    {
        NS_LOG_INFO(m_name << ": " << client << " has address " << ip);
        m_clients.Modify(client, [ip](ClientEntry& e) { e.ip = ip; });
    }
    if (entry->pemState == PemState::DHCP_REQD)
    {
        SetPemState(client, PemState::RUN);
    }
}

void
WirelessLanController::DeliverToClient(const ClientEntry& client,
                                       Ptr<Packet> payload,
                                       Mac48Address source,
                                       Mac48Address destination,
                                       uint16_t etherType)
{
    // an Anchor entry whose client is attached elsewhere: through the tunnel to that
    // controller (a client back at one of our APs has an AP again)
    if (client.mobilityRole == MobilityRole::ANCHOR && client.apMac == Mac48Address())
    {
        m_mobility->Tunnel(client, payload, source, destination, etherType);
        return;
    }
    m_ac->SendToStation(client.apMac,
                        client.radioId,
                        client.bssid,
                        payload,
                        source,
                        destination,
                        etherType);
}

void
WirelessLanController::FromAp(const ApEntry& ap,
                              Ptr<const Packet> payload,
                              Mac48Address source,
                              Mac48Address destination,
                              uint16_t etherType)
{
    m_dataPlane->FromClient(ap.ethernetMac, payload, source, destination, etherType);
}

void
WirelessLanController::SetPemState(Mac48Address client, PemState state)
{
    const ClientEntry* entry = m_clients.Find(client);
    if (!entry || entry->pemState == state)
    {
        return;
    }
    PemState old = entry->pemState;
    m_clients.Modify(client, [state](ClientEntry& e) { e.pemState = state; });
    NS_LOG_INFO(m_name << ": " << client << " " << entry->ip << " " << PemStateName(old) << " ("
                       << unsigned(old) << ") Change state to " << PemStateName(state) << " ("
                       << unsigned(state) << ")");
    m_pemTrace(client, old, state);
}

void
WirelessLanController::RemoveClient(Mac48Address client,
                                    const std::string& reason,
                                    bool deleteAtAp,
                                    bool tellPeer)
{
    const ClientEntry* entry = m_clients.Find(client);
    if (!entry)
    {
        return;
    }
    NS_LOG_INFO(m_name << ": " << client << " removed: " << reason);
    if (deleteAtAp && entry->mobilityRole != MobilityRole::ANCHOR)
    {
        m_ac->DeleteStation(entry->apMac, entry->radioId, client);
    }
    if (tellPeer && entry->mobilityRole != MobilityRole::LOCAL)
    {
        m_mobility->GetManager()->SendClientDelete(entry->mobilityPeer,
                                                   client,
                                                   entry->ip,
                                                   WlcMobility::DELETE_GONE);
    }
    m_needsQuery.erase(client);
    m_security->Forget(client);
    m_capabilities.erase(client);
    m_clients.Erase(client);
    m_removedTrace(client, reason);
}

} // namespace ns3
