/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "controlled-port-net-device.h"

#include "ns3/abort.h"
#include "ns3/channel.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("ControlledPortNetDevice");
NS_OBJECT_ENSURE_REGISTERED(ControlledPortNetDevice);

TypeId
ControlledPortNetDevice::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::ControlledPortNetDevice")
            .SetParent<NetDevice>()
            .SetGroupName("Wlc")
            .AddConstructor<ControlledPortNetDevice>()
            .AddTraceSource("PortAuthorized",
                            "The port was authorized (true) or unauthorized (false).",
                            MakeTraceSourceAccessor(&ControlledPortNetDevice::m_authorizedTrace),
                            "ns3::ControlledPortNetDevice::AuthorizedTracedCallback")
            .AddTraceSource("Drop",
                            "A frame other than EAPOL was dropped because the port is not "
                            "authorized.",
                            MakeTraceSourceAccessor(&ControlledPortNetDevice::m_dropTrace),
                            "ns3::Packet::TracedCallback");
    return tid;
}

ControlledPortNetDevice::ControlledPortNetDevice()
{
    NS_LOG_FUNCTION(this);
}

ControlledPortNetDevice::~ControlledPortNetDevice()
{
    NS_LOG_FUNCTION(this);
}

void
ControlledPortNetDevice::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_node = nullptr;
    m_lower = nullptr;
    m_rxCallback = NetDevice::ReceiveCallback();
    m_promiscRxCallback = NetDevice::PromiscReceiveCallback();
    m_eapolCallback = EapolCallback();
    NetDevice::DoDispose();
}

void
ControlledPortNetDevice::SetLowerDevice(Ptr<NetDevice> lower)
{
    NS_LOG_FUNCTION(this << lower);
    NS_ABORT_MSG_IF(m_lower, "ControlledPortNetDevice: the lower device is already set");
    NS_ABORT_MSG_UNLESS(m_node && lower->GetNode() == m_node,
                        "ControlledPortNetDevice: add the port and its lower device to the same "
                        "node before calling SetLowerDevice");
    m_lower = lower;
    m_node->RegisterProtocolHandler(MakeCallback(&ControlledPortNetDevice::ReceiveFromLower, this),
                                    0,
                                    lower,
                                    false);
    lower->AddLinkChangeCallback(MakeCallback(&ControlledPortNetDevice::LowerLinkChanged, this));
    m_lastLinkUp = IsLinkUp();
}

Ptr<NetDevice>
ControlledPortNetDevice::GetLowerDevice() const
{
    return m_lower;
}

void
ControlledPortNetDevice::SetAuthorized(bool authorized)
{
    NS_LOG_FUNCTION(this << authorized);
    if (authorized == m_authorized)
    {
        return;
    }
    m_authorized = authorized;
    m_authorizedTrace(authorized);
    NotifyLinkChange();
}

bool
ControlledPortNetDevice::IsAuthorized() const
{
    return m_authorized;
}

void
ControlledPortNetDevice::SetEapolCallback(EapolCallback callback)
{
    m_eapolCallback = callback;
}

bool
ControlledPortNetDevice::SendEapol(Ptr<Packet> packet, Mac48Address to)
{
    NS_LOG_FUNCTION(this << packet << to);
    return m_lower && m_lower->Send(packet, to, EAPOL_ETHERTYPE);
}

void
ControlledPortNetDevice::ReceiveFromLower(Ptr<NetDevice> device,
                                          Ptr<const Packet> packet,
                                          uint16_t protocol,
                                          const Address& from,
                                          const Address& to,
                                          NetDevice::PacketType type)
{
    NS_LOG_FUNCTION(this << packet << protocol << from << to << type);
    if (protocol == EAPOL_ETHERTYPE)
    {
        if (!m_eapolCallback.IsNull() && Mac48Address::IsMatchingType(from))
        {
            m_eapolCallback(packet, Mac48Address::ConvertFrom(from));
        }
        return;
    }
    if (!m_authorized)
    {
        NS_LOG_LOGIC("port not authorized: dropping a frame of protocol " << protocol);
        m_dropTrace(packet);
        return;
    }
    if (!m_promiscRxCallback.IsNull())
    {
        m_promiscRxCallback(this, packet, protocol, from, to, type);
    }
    if (type != NetDevice::PACKET_OTHERHOST && !m_rxCallback.IsNull())
    {
        m_rxCallback(this, packet, protocol, from);
    }
}

void
ControlledPortNetDevice::LowerLinkChanged()
{
    NS_LOG_FUNCTION(this);
    if (!m_lower->IsLinkUp() && m_authorized)
    {
        // an 802.1X port falls back to unauthorized when the link goes away
        m_authorized = false;
        m_authorizedTrace(false);
    }
    NotifyLinkChange();
}

void
ControlledPortNetDevice::NotifyLinkChange()
{
    bool up = IsLinkUp();
    if (up != m_lastLinkUp)
    {
        m_lastLinkUp = up;
        NS_LOG_LOGIC("link " << (up ? "up" : "down"));
        m_linkChangeCallbacks();
    }
}

void
ControlledPortNetDevice::SetIfIndex(const uint32_t index)
{
    m_ifIndex = index;
}

uint32_t
ControlledPortNetDevice::GetIfIndex() const
{
    return m_ifIndex;
}

Ptr<Channel>
ControlledPortNetDevice::GetChannel() const
{
    return m_lower ? m_lower->GetChannel() : nullptr;
}

void
ControlledPortNetDevice::SetAddress(Address address)
{
    NS_ABORT_MSG_UNLESS(m_lower, "ControlledPortNetDevice: set the lower device first");
    m_lower->SetAddress(address);
}

Address
ControlledPortNetDevice::GetAddress() const
{
    return m_lower ? m_lower->GetAddress() : Address(Mac48Address());
}

bool
ControlledPortNetDevice::SetMtu(const uint16_t mtu)
{
    return m_lower && m_lower->SetMtu(mtu);
}

uint16_t
ControlledPortNetDevice::GetMtu() const
{
    return m_lower ? m_lower->GetMtu() : 1500;
}

bool
ControlledPortNetDevice::IsLinkUp() const
{
    return m_authorized && m_lower && m_lower->IsLinkUp();
}

void
ControlledPortNetDevice::AddLinkChangeCallback(Callback<void> callback)
{
    m_linkChangeCallbacks.ConnectWithoutContext(callback);
}

bool
ControlledPortNetDevice::IsBroadcast() const
{
    return true;
}

Address
ControlledPortNetDevice::GetBroadcast() const
{
    return Mac48Address::GetBroadcast();
}

bool
ControlledPortNetDevice::IsMulticast() const
{
    return true;
}

Address
ControlledPortNetDevice::GetMulticast(Ipv4Address multicastGroup) const
{
    return Mac48Address::GetMulticast(multicastGroup);
}

Address
ControlledPortNetDevice::GetMulticast(Ipv6Address addr) const
{
    return Mac48Address::GetMulticast(addr);
}

bool
ControlledPortNetDevice::IsBridge() const
{
    return false;
}

bool
ControlledPortNetDevice::IsPointToPoint() const
{
    return false;
}

bool
ControlledPortNetDevice::Send(Ptr<Packet> packet, const Address& dest, uint16_t protocolNumber)
{
    NS_LOG_FUNCTION(this << packet << dest << protocolNumber);
    if (protocolNumber != EAPOL_ETHERTYPE && !m_authorized)
    {
        NS_LOG_LOGIC("port not authorized: not sending a frame of protocol " << protocolNumber);
        m_dropTrace(packet);
        return false;
    }
    return m_lower && m_lower->Send(packet, dest, protocolNumber);
}

bool
ControlledPortNetDevice::SendFrom(Ptr<Packet> packet,
                                  const Address& source,
                                  const Address& dest,
                                  uint16_t protocolNumber)
{
    NS_LOG_FUNCTION(this << packet << source << dest << protocolNumber);
    return false;
}

Ptr<Node>
ControlledPortNetDevice::GetNode() const
{
    return m_node;
}

void
ControlledPortNetDevice::SetNode(Ptr<Node> node)
{
    m_node = node;
}

bool
ControlledPortNetDevice::NeedsArp() const
{
    return true;
}

void
ControlledPortNetDevice::SetReceiveCallback(NetDevice::ReceiveCallback cb)
{
    m_rxCallback = cb;
}

void
ControlledPortNetDevice::SetPromiscReceiveCallback(NetDevice::PromiscReceiveCallback cb)
{
    m_promiscRxCallback = cb;
}

bool
ControlledPortNetDevice::SupportsSendFrom() const
{
    return false;
}

} // namespace ns3
