/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "etherip-l4-protocol.h"

#include "ns3/abort.h"
#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/ipv4-header.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("EtherIpL4Protocol");
NS_OBJECT_ENSURE_REGISTERED(EtherIpL4Protocol);

namespace
{

/// EtherIP header (2) and Ethernet header (14).
constexpr uint32_t ENCAPSULATION_SIZE = 2 + 14;

} // namespace

TypeId
EtherIpL4Protocol::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::EtherIpL4Protocol")
            .SetParent<IpL4Protocol>()
            .SetGroupName("Wlc")
            .AddConstructor<EtherIpL4Protocol>()
            .AddTraceSource("Tx",
                            "An EtherIP packet (header and Ethernet frame) was sent.",
                            MakeTraceSourceAccessor(&EtherIpL4Protocol::m_txTrace),
                            "ns3::Packet::TracedCallback")
            .AddTraceSource("Rx",
                            "An EtherIP packet was received and decapsulated.",
                            MakeTraceSourceAccessor(&EtherIpL4Protocol::m_rxTrace),
                            "ns3::Packet::TracedCallback")
            .AddTraceSource("Drop",
                            "A received EtherIP packet was dropped, with the reason.",
                            MakeTraceSourceAccessor(&EtherIpL4Protocol::m_dropTrace),
                            "ns3::EtherIpL4Protocol::DropTracedCallback");
    return tid;
}

EtherIpL4Protocol::EtherIpL4Protocol()
{
    NS_LOG_FUNCTION(this);
}

EtherIpL4Protocol::~EtherIpL4Protocol()
{
    NS_LOG_FUNCTION(this);
}

void
EtherIpL4Protocol::DoDispose()
{
    m_node = nullptr;
    m_downTarget = IpL4Protocol::DownTargetCallback();
    m_downTarget6 = IpL4Protocol::DownTargetCallback6();
    m_receive = ReceiveCallback();
    IpL4Protocol::DoDispose();
}

void
EtherIpL4Protocol::NotifyNewAggregate()
{
    NS_LOG_FUNCTION(this);
    Ptr<Node> node = GetObject<Node>();
    Ptr<Ipv4> ipv4 = GetObject<Ipv4>();
    if (!m_node && node)
    {
        m_node = node;
    }
    if (ipv4 && m_downTarget.IsNull())
    {
        ipv4->Insert(this);
        SetDownTarget(MakeCallback(&Ipv4::Send, ipv4));
    }
    IpL4Protocol::NotifyNewAggregate();
}

Ptr<EtherIpL4Protocol>
EtherIpL4Protocol::GetOrInstall(Ptr<Node> node)
{
    Ptr<EtherIpL4Protocol> etherIp = node->GetObject<EtherIpL4Protocol>();
    if (!etherIp)
    {
        NS_ABORT_MSG_UNLESS(node->GetObject<Ipv4>(),
                            "EtherIpL4Protocol: install an internet stack on node " << node->GetId()
                                                                                    << " first");
        etherIp = CreateObject<EtherIpL4Protocol>();
        node->AggregateObject(etherIp);
    }
    return etherIp;
}

void
EtherIpL4Protocol::SetReceiveCallback(ReceiveCallback cb)
{
    m_receive = cb;
}

void
EtherIpL4Protocol::Send(Ptr<const Packet> payload,
                        Mac48Address source,
                        Mac48Address destination,
                        uint16_t etherType,
                        Ipv4Address local,
                        Ipv4Address peer)
{
    NS_LOG_FUNCTION(this << payload << source << destination << etherType << local << peer);
    ByteWriter header;
    header.WriteU8(VERSION << 4); // version 3, reserved 0
    header.WriteU8(0);
    header.WriteMac(destination);
    header.WriteMac(source);
    header.WriteU16(etherType);
    Ptr<Packet> encapsulated = header.ToPacket();
    encapsulated->AddAtEnd(payload);
    m_txTrace(encapsulated);
    m_downTarget(encapsulated, local, peer, PROT_NUMBER, nullptr);
}

IpL4Protocol::RxStatus
EtherIpL4Protocol::Receive(Ptr<Packet> p,
                           const Ipv4Header& header,
                           Ptr<Ipv4Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header.GetSource());
    if (p->GetSize() < ENCAPSULATION_SIZE)
    {
        Drop(p, "shorter than the EtherIP and Ethernet headers");
        return IpL4Protocol::RX_OK;
    }
    uint8_t head[ENCAPSULATION_SIZE];
    p->CopyData(head, ENCAPSULATION_SIZE);
    ByteReader reader(head, ENCAPSULATION_SIZE);
    uint16_t etherIp = reader.ReadU16();
    if ((etherIp >> 12) != VERSION)
    {
        Drop(p, "EtherIP version " + std::to_string(etherIp >> 12) + ", not 3");
        return IpL4Protocol::RX_OK;
    }
    Mac48Address destination = reader.ReadMac();
    Mac48Address source = reader.ReadMac();
    uint16_t etherType = reader.ReadU16();
    m_rxTrace(p);
    Ptr<Packet> payload = p->Copy();
    payload->RemoveAtStart(ENCAPSULATION_SIZE);
    if (!m_receive.IsNull())
    {
        m_receive(header.GetSource(), payload, source, destination, etherType);
    }
    return IpL4Protocol::RX_OK;
}

IpL4Protocol::RxStatus
EtherIpL4Protocol::Receive(Ptr<Packet> p,
                           const Ipv6Header& header,
                           Ptr<Ipv6Interface> incomingInterface)
{
    Drop(p, "EtherIP over IPv6 is not modelled");
    return IpL4Protocol::RX_ENDPOINT_UNREACH;
}

void
EtherIpL4Protocol::Drop(Ptr<const Packet> packet, const std::string& reason)
{
    NS_LOG_LOGIC("drop: " << reason);
    m_drops[reason]++;
    m_dropTrace(packet, reason);
}

const std::map<std::string, uint64_t>&
EtherIpL4Protocol::GetDrops() const
{
    return m_drops;
}

int
EtherIpL4Protocol::GetProtocolNumber() const
{
    return PROT_NUMBER;
}

void
EtherIpL4Protocol::SetDownTarget(IpL4Protocol::DownTargetCallback cb)
{
    m_downTarget = cb;
}

void
EtherIpL4Protocol::SetDownTarget6(IpL4Protocol::DownTargetCallback6 cb)
{
    m_downTarget6 = cb;
}

IpL4Protocol::DownTargetCallback
EtherIpL4Protocol::GetDownTarget() const
{
    return m_downTarget;
}

IpL4Protocol::DownTargetCallback6
EtherIpL4Protocol::GetDownTarget6() const
{
    return m_downTarget6;
}

} // namespace ns3
