/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "arp-frame.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcArpFrame");

ArpFrame::ArpFrame()
    : m_operation(REQUEST),
      m_senderIp(Ipv4Address::GetAny()),
      m_targetIp(Ipv4Address::GetAny())
{
}

ArpFrame
ArpFrame::MakeRequest(Mac48Address senderMac,
                      Ipv4Address senderIp,
                      Ipv4Address targetIp,
                      Mac48Address targetMac)
{
    ArpFrame frame;
    frame.m_operation = REQUEST;
    frame.m_senderMac = senderMac;
    frame.m_senderIp = senderIp;
    frame.m_targetMac = targetMac;
    frame.m_targetIp = targetIp;
    return frame;
}

ArpFrame
ArpFrame::MakeReply(Mac48Address senderMac,
                    Ipv4Address senderIp,
                    Mac48Address targetMac,
                    Ipv4Address targetIp)
{
    ArpFrame frame;
    frame.m_operation = REPLY;
    frame.m_senderMac = senderMac;
    frame.m_senderIp = senderIp;
    frame.m_targetMac = targetMac;
    frame.m_targetIp = targetIp;
    return frame;
}

ArpFrame
ArpFrame::MakeGratuitous(Mac48Address mac, Ipv4Address ip)
{
    return MakeRequest(mac, ip, ip);
}

void
ArpFrame::Encode(ByteWriter& writer) const
{
    writer.WriteU16(1);      // hardware type: Ethernet
    writer.WriteU16(0x0800); // protocol type: IPv4
    writer.WriteU8(6);
    writer.WriteU8(4);
    writer.WriteU16(m_operation);
    writer.WriteMac(m_senderMac);
    writer.WriteIpv4(m_senderIp);
    writer.WriteMac(m_targetMac);
    writer.WriteIpv4(m_targetIp);
}

bool
ArpFrame::Decode(ByteReader& reader, ArpFrame& frame, std::string& why)
{
    frame = ArpFrame();
    if (reader.GetRemaining() < SIZE)
    {
        why = "truncated ARP packet";
        reader.Skip(reader.GetRemaining());
        return false;
    }
    uint16_t hardwareType = reader.ReadU16();
    uint16_t protocolType = reader.ReadU16();
    uint8_t hardwareLength = reader.ReadU8();
    uint8_t protocolLength = reader.ReadU8();
    uint16_t operation = reader.ReadU16();
    frame.m_senderMac = reader.ReadMac();
    frame.m_senderIp = reader.ReadIpv4();
    frame.m_targetMac = reader.ReadMac();
    frame.m_targetIp = reader.ReadIpv4();
    if (hardwareType != 1)
    {
        why = "ARP hardware type " + std::to_string(hardwareType) + " not Ethernet";
        return false;
    }
    if (protocolType != 0x0800)
    {
        why = "ARP protocol type not IPv4";
        return false;
    }
    if (hardwareLength != 6 || protocolLength != 4)
    {
        why = "ARP address lengths not 6 and 4";
        return false;
    }
    if (operation != REQUEST && operation != REPLY)
    {
        why = "ARP operation " + std::to_string(operation) + " not request or reply";
        return false;
    }
    frame.m_operation = static_cast<Operation>(operation);
    if (frame.m_senderMac.IsGroup())
    {
        why = "ARP sender hardware address is a group address";
        return false;
    }
    NS_LOG_LOGIC("ARP " << (frame.IsRequest() ? "request" : "reply") << " from " << frame.m_senderIp
                        << " at " << frame.m_senderMac);
    return true;
}

ArpFrame::Operation
ArpFrame::GetOperation() const
{
    return m_operation;
}

bool
ArpFrame::IsRequest() const
{
    return m_operation == REQUEST;
}

bool
ArpFrame::IsReply() const
{
    return m_operation == REPLY;
}

bool
ArpFrame::IsGratuitous() const
{
    return m_senderIp == m_targetIp;
}

Mac48Address
ArpFrame::GetSenderMac() const
{
    return m_senderMac;
}

Ipv4Address
ArpFrame::GetSenderIp() const
{
    return m_senderIp;
}

Mac48Address
ArpFrame::GetTargetMac() const
{
    return m_targetMac;
}

Ipv4Address
ArpFrame::GetTargetIp() const
{
    return m_targetIp;
}

} // namespace ns3
