/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-data-plane.h"

#include "ns3/abort.h"
#include "ns3/arp-frame.h"
#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/dhcp-snoop.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcDataPlane");
NS_OBJECT_ENSURE_REGISTERED(WlcDataPlane);

namespace
{

constexpr uint16_t IPV4_ETHERTYPE = 0x0800;  //!< IPv4
constexpr uint16_t ARP_ETHERTYPE = 0x0806;   //!< ARP
constexpr uint16_t EAPOL_ETHERTYPE = 0x888e; //!< EAPOL
constexpr std::size_t MAX_HELD = 32;         //!< frames held per client during mobility

/**
 * Cheap test before a full parse: an IPv4 packet carrying UDP between ports 67 and 68.
 * \param payload an IPv4 packet
 * \return true if it may be DHCP
 */
bool
MayBeDhcp(Ptr<const Packet> payload)
{
    uint8_t head[24];
    if (payload->GetSize() < sizeof(head))
    {
        return false;
    }
    payload->CopyData(head, sizeof(head));
    uint32_t ihl = (head[0] & 0x0f) * 4u;
    if ((head[0] >> 4) != 4 || head[9] != 17 || ihl + 4 > sizeof(head))
    {
        // a UDP header beyond 24 bytes means IP options: let the full parser decide
        return (head[0] >> 4) == 4 && head[9] == 17;
    }
    uint16_t sport = (head[ihl] << 8) | head[ihl + 1];
    uint16_t dport = (head[ihl + 2] << 8) | head[ihl + 3];
    return (sport == 67 || sport == 68) && (dport == 67 || dport == 68);
}

} // namespace

TypeId
WlcDataPlane::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::WlcDataPlane")
            .SetParent<Object>()
            .SetGroupName("Wlc")
            .AddConstructor<WlcDataPlane>()
            .AddTraceSource("Drop",
                            "A frame between a client and the wire was dropped, with the reason.",
                            MakeTraceSourceAccessor(&WlcDataPlane::m_dropTrace),
                            "ns3::WlcDataPlane::DropTracedCallback");
    return tid;
}

WlcDataPlane::WlcDataPlane()
{
    NS_LOG_FUNCTION(this);
}

WlcDataPlane::~WlcDataPlane()
{
    NS_LOG_FUNCTION(this);
}

void
WlcDataPlane::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_interfaces.clear();
    m_portNames.clear();
    m_deliver = DeliverCallback();
    m_eapol = EapolCallback();
    m_dhcp = DhcpCallback();
    m_tunnel = TunnelCallback();
    m_held.clear();
    Object::DoDispose();
}

void
WlcDataPlane::SetClientDatabase(const ClientDatabase* clients)
{
    m_clients = clients;
}

void
WlcDataPlane::SetDeliverCallback(DeliverCallback cb)
{
    m_deliver = cb;
}

void
WlcDataPlane::SetEapolCallback(EapolCallback cb)
{
    m_eapol = cb;
}

void
WlcDataPlane::SetDhcpCallback(DhcpCallback cb)
{
    m_dhcp = cb;
}

void
WlcDataPlane::AddInterface(const WlcInterface& interface)
{
    NS_LOG_FUNCTION(this << interface.name);
    NS_ABORT_MSG_UNLESS(interface.port,
                        "WlcDataPlane: interface '" << interface.name << "' has no port device");
    NS_ABORT_MSG_UNLESS(interface.port->SupportsSendFrom(),
                        "WlcDataPlane: the port of interface '"
                            << interface.name
                            << "' cannot send with a client's source MAC; use a CsmaNetDevice");
    m_interfaces[interface.name] = interface;
    m_portNames[interface.port] = interface.name;
    interface.port->GetNode()->RegisterProtocolHandler(MakeCallback(&WlcDataPlane::FromWire, this),
                                                       0,
                                                       interface.port,
                                                       true);
}

const WlcInterface*
WlcDataPlane::FindInterface(const std::string& name) const
{
    auto it = m_interfaces.find(name);
    return it == m_interfaces.end() ? nullptr : &it->second;
}

void
WlcDataPlane::FromWire(Ptr<NetDevice> device,
                       Ptr<const Packet> packet,
                       uint16_t protocol,
                       const Address& from,
                       const Address& to,
                       NetDevice::PacketType type)
{
    auto port = m_portNames.find(device);
    if (port == m_portNames.end())
    {
        return;
    }
    const WlcInterface& interface = m_interfaces.at(port->second);
    if (type == NetDevice::PACKET_HOST)
    {
        // for the controller's own IP stack; ARP replies also tell us the gateway's MAC
        if (protocol == ARP_ETHERTYPE)
        {
            ArpForUs(interface, packet);
        }
        return;
    }
    Mac48Address source = Mac48Address::ConvertFrom(from);
    Mac48Address destination = Mac48Address::ConvertFrom(to);
    if (type == NetDevice::PACKET_BROADCAST || type == NetDevice::PACKET_MULTICAST)
    {
        BroadcastFromWire(interface, packet, protocol, source);
        return;
    }
    const ClientEntry* client = m_clients->Find(destination);
    if (!client)
    {
        return; // another station of the VLAN: not bridged here
    }
    NS_LOG_FUNCTION(this << packet << protocol << source << destination);
    if (client->interfaceName != interface.name)
    {
        Drop(packet, "frame for a client of another interface");
        return;
    }
    if (client->mobilityRole == MobilityRole::FOREIGN)
    {
        Drop(packet,
             "frame for a Foreign client from the local VLAN (its traffic comes from "
             "its anchor)");
        return;
    }
    DhcpSnoopMessage dhcp;
    if (!Admits(*client, protocol, packet, &dhcp))
    {
        Drop(packet,
             "client in " + PemStateName(client->pemState) + ": downlink frame not allowed");
        return;
    }
    if (dhcp.op != 0 && !m_dhcp.IsNull())
    {
        m_dhcp(client->mac, dhcp);
    }
    Deliver(*client, packet->Copy(), source, destination, protocol);
}

void
WlcDataPlane::BroadcastFromWire(const WlcInterface& interface,
                                Ptr<const Packet> packet,
                                uint16_t protocol,
                                Mac48Address from)
{
    if (protocol == ARP_ETHERTYPE)
    {
        ProxyArp(packet,
                 interface.vlan,
                 [&interface](Mac48Address sender, Mac48Address target, Ptr<Packet> reply) {
                     interface.port->SendFrom(reply, sender, target, ARP_ETHERTYPE);
                 });
        return;
    }
    if (protocol == IPV4_ETHERTYPE && MayBeDhcp(packet))
    {
        std::string why;
        auto dhcp = DhcpSnoop::Parse(ByteReader::PacketBytes(packet), &why);
        if (!dhcp)
        {
            Drop(packet, "malformed DHCP message from the wire: " + why);
            return;
        }
        const ClientEntry* client =
            dhcp->op == 2 && dhcp->hasClientMac ? m_clients->Find(dhcp->clientMac) : nullptr;
        if (client && client->interfaceName == interface.name)
        {
            if (Admits(*client, protocol, packet, nullptr))
            {
                if (!m_dhcp.IsNull())
                {
                    m_dhcp(client->mac, *dhcp);
                }
                // sent to the client alone, not broadcast over the air
                Deliver(*client, packet->Copy(), from, client->mac, protocol);
                return;
            }
            Drop(packet, "client in " + PemStateName(client->pemState) + ": DHCP not allowed");
        }
        return;
    }
    NS_LOG_LOGIC("broadcast of protocol " << protocol << " not forwarded to clients");
    m_drops["broadcast forwarding disabled"]++;
}

bool
WlcDataPlane::Admits(const ClientEntry& client,
                     uint16_t etherType,
                     Ptr<const Packet> payload,
                     DhcpSnoopMessage* dhcp) const
{
    bool isDhcp = false;
    if (etherType == IPV4_ETHERTYPE && MayBeDhcp(payload))
    {
        auto parsed = DhcpSnoop::Parse(ByteReader::PacketBytes(payload));
        isDhcp = parsed.has_value();
        if (isDhcp && dhcp)
        {
            *dhcp = *parsed;
        }
    }
    switch (client.pemState)
    {
    case PemState::RUN:
        return true;
    case PemState::L2AUTHCOMPLETE:
    case PemState::DHCP_REQD:
        return isDhcp;
    default:
        return false;
    }
}

bool
WlcDataPlane::ProxyArp(Ptr<const Packet> request,
                       uint16_t vlan,
                       const std::function<void(Mac48Address, Mac48Address, Ptr<Packet>)>& reply)
{
    std::vector<uint8_t> bytes = ByteReader::PacketBytes(request);
    ByteReader reader(bytes);
    ArpFrame arp;
    std::string why;
    if (!ArpFrame::Decode(reader, arp, why))
    {
        Drop(request, "malformed ARP: " + why);
        return false;
    }
    if (!arp.IsRequest() || arp.IsGratuitous())
    {
        return false;
    }
    const ClientEntry* owner = m_clients->FindByIp(arp.GetTargetIp());
    if (!owner || owner->vlan != vlan || owner->pemState != PemState::RUN ||
        owner->mobilityRole == MobilityRole::FOREIGN)
    {
        return false; // a Foreign client's address lives on its anchor's VLAN
    }
    NS_LOG_LOGIC("proxy ARP: " << arp.GetTargetIp() << " is at " << owner->mac);
    ByteWriter writer;
    ArpFrame::MakeReply(owner->mac, arp.GetTargetIp(), arp.GetSenderMac(), arp.GetSenderIp())
        .Encode(writer);
    reply(owner->mac, arp.GetSenderMac(), writer.ToPacket());
    return true;
}

void
WlcDataPlane::FromClient(Mac48Address apMac,
                         Ptr<const Packet> payload,
                         Mac48Address source,
                         Mac48Address destination,
                         uint16_t etherType)
{
    NS_LOG_FUNCTION(this << apMac << payload << source << destination << etherType);
    const ClientEntry* client = m_clients->Find(source);
    if (!client)
    {
        Drop(payload, "frame from an unknown client");
        return;
    }
    if (client->apMac != apMac)
    {
        Drop(payload, "frame from a client through an AP it is not associated with");
        return;
    }
    if (etherType == EAPOL_ETHERTYPE)
    {
        if (!m_eapol.IsNull())
        {
            m_eapol(*client, payload);
        }
        return;
    }
    if (client->mobilityPending)
    {
        // where the client belongs (here, or its anchor) is being decided: hold its frames
        auto& held = m_held[source];
        if (held.size() >= MAX_HELD)
        {
            Drop(payload, "too many frames held while the client's mobility is resolved");
            return;
        }
        held.emplace_back(apMac, payload->Copy(), source, destination, etherType);
        return;
    }
    DhcpSnoopMessage dhcp;
    if (!Admits(*client, etherType, payload, &dhcp))
    {
        Drop(payload, "client in " + PemStateName(client->pemState) + ": uplink frame not allowed");
        return;
    }
    if (dhcp.op != 0 && !m_dhcp.IsNull())
    {
        m_dhcp(client->mac, dhcp);
    }
    if (client->mobilityRole == MobilityRole::FOREIGN)
    {
        // broadcasts (ARP, DHCP) and, with symmetric tunnelling, everything go to the anchor;
        // with asymmetric tunnelling unicast to the default gateway leaves from here
        bool toGateway = !destination.IsGroup() && destination == client->homeGatewayMac;
        if (m_symmetric || !toGateway)
        {
            if (!m_tunnel.IsNull())
            {
                m_uplink++;
                m_tunnel(*client, payload->Copy(), source, destination, etherType);
            }
            return;
        }
        Mac48Address gateway = GetGatewayMac(client->interfaceName);
        if (gateway.IsBroadcast())
        {
            Drop(payload, "the gateway of interface " + client->interfaceName + " is not resolved");
            return;
        }
        Bridge(*client, payload, source, gateway, etherType);
        return;
    }
    Bridge(*client, payload, source, destination, etherType);
}

void
WlcDataPlane::Bridge(const ClientEntry& client,
                     Ptr<const Packet> payload,
                     Mac48Address source,
                     Mac48Address destination,
                     uint16_t etherType)
{
    if (etherType == ARP_ETHERTYPE && destination.IsBroadcast())
    {
        // a client asking for another client of this controller: answered here
        bool answered =
            ProxyArp(payload,
                     client.vlan,
                     [this, &client](Mac48Address sender, Mac48Address target, Ptr<Packet> reply) {
                         Deliver(client, reply, sender, target, ARP_ETHERTYPE);
                     });
        if (answered)
        {
            return;
        }
    }
    const ClientEntry* peer = destination.IsGroup() ? nullptr : m_clients->Find(destination);
    if (peer && peer->vlan == client.vlan && peer->mobilityRole != MobilityRole::ANCHOR)
    {
        if (peer->pemState != PemState::RUN)
        {
            Drop(payload, "destination client not in RUN");
            return;
        }
        Deliver(*peer, payload->Copy(), source, destination, etherType);
        return;
    }
    const WlcInterface* interface = FindInterface(client.interfaceName);
    if (!interface)
    {
        Drop(payload, "client's interface '" + client.interfaceName + "' does not exist");
        return;
    }
    m_uplink++;
    interface->port->SendFrom(payload->Copy(), source, destination, etherType);
}

void
WlcDataPlane::FromTunnel(Ipv4Address peer,
                         Ptr<const Packet> payload,
                         Mac48Address source,
                         Mac48Address destination,
                         uint16_t etherType)
{
    NS_LOG_FUNCTION(this << peer << payload << source << destination << etherType);
    const ClientEntry* anchored = m_clients->Find(source);
    if (anchored && anchored->mobilityRole == MobilityRole::ANCHOR &&
        anchored->mobilityPeer == peer)
    {
        // uplink of a client anchored here: onto its (home) VLAN
        DhcpSnoopMessage dhcp;
        if (Admits(*anchored, etherType, payload, &dhcp) && dhcp.op != 0 && !m_dhcp.IsNull())
        {
            m_dhcp(anchored->mac, dhcp);
        }
        Bridge(*anchored, payload, source, destination, etherType);
        return;
    }
    const ClientEntry* foreign = m_clients->Find(destination);
    if (foreign && foreign->mobilityRole == MobilityRole::FOREIGN && foreign->mobilityPeer == peer)
    {
        Deliver(*foreign, payload->Copy(), source, destination, etherType);
        return;
    }
    Drop(payload, "tunnelled frame for no client of that tunnel");
}

void
WlcDataPlane::ReleaseHeld(Mac48Address client)
{
    auto it = m_held.find(client);
    if (it == m_held.end())
    {
        return;
    }
    auto frames = std::move(it->second);
    m_held.erase(it);
    for (auto& [apMac, payload, source, destination, etherType] : frames)
    {
        FromClient(apMac, payload, source, destination, etherType);
    }
}

void
WlcDataPlane::ResolveGateways()
{
    for (const auto& [name, interface] : m_interfaces)
    {
        ArpForGateway(name);
    }
}

void
WlcDataPlane::ArpForGateway(const std::string& name)
{
    const WlcInterface* interface = FindInterface(name);
    if (!interface || interface->gateway == Ipv4Address::GetAny() || m_gatewayMacs.count(name))
    {
        return;
    }
    ByteWriter writer;
    ArpFrame::MakeRequest(Mac48Address::ConvertFrom(interface->port->GetAddress()),
                          interface->address,
                          interface->gateway)
        .Encode(writer);
    interface->port->Send(writer.ToPacket(), Mac48Address::GetBroadcast(), ARP_ETHERTYPE);
    // again until the gateway answers
    Simulator::Schedule(Seconds(1), &WlcDataPlane::ArpForGateway, this, name);
}

void
WlcDataPlane::ArpForUs(const WlcInterface& interface, Ptr<const Packet> packet)
{
    std::vector<uint8_t> bytes = ByteReader::PacketBytes(packet);
    ByteReader reader(bytes);
    ArpFrame arp;
    std::string why;
    if (ArpFrame::Decode(reader, arp, why) && arp.IsReply() &&
        arp.GetSenderIp() == interface.gateway)
    {
        m_gatewayMacs[interface.name] = arp.GetSenderMac();
    }
}

Mac48Address
WlcDataPlane::GetGatewayMac(const std::string& interface) const
{
    auto it = m_gatewayMacs.find(interface);
    return it == m_gatewayMacs.end() ? Mac48Address::GetBroadcast() : it->second;
}

void
WlcDataPlane::SetTunnelCallback(TunnelCallback cb)
{
    m_tunnel = cb;
}

void
WlcDataPlane::SetSymmetricTunneling(bool symmetric)
{
    m_symmetric = symmetric;
}

void
WlcDataPlane::Deliver(const ClientEntry& client,
                      Ptr<Packet> payload,
                      Mac48Address source,
                      Mac48Address destination,
                      uint16_t etherType)
{
    m_downlink++;
    if (!m_deliver.IsNull())
    {
        m_deliver(client, payload, source, destination, etherType);
    }
}

void
WlcDataPlane::Drop(Ptr<const Packet> packet, const std::string& reason)
{
    NS_LOG_LOGIC("drop: " << reason);
    m_drops[reason]++;
    m_dropTrace(packet, reason);
}

const std::map<std::string, uint64_t>&
WlcDataPlane::GetDrops() const
{
    return m_drops;
}

uint64_t
WlcDataPlane::GetUplinkFrames() const
{
    return m_uplink;
}

uint64_t
WlcDataPlane::GetDownlinkFrames() const
{
    return m_downlink;
}

} // namespace ns3
