/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "mobility-message.h"

#include "mobility-message-body.h"

#include "ns3/abort.h"
#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/log.h"
#include "ns3/packet.h"

#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityMessage");

namespace
{

/**
 * Decode the body of a known type into \p body.
 * \param r the body bytes \param body the result \param why reason on failure
 * \return true if valid
 */
template <class T>
bool
ReadInto(ByteReader& r, MobilityMessage::Body& body, std::string& why)
{
    T b;
    if (!mobility::ReadBody(r, b, why))
    {
        return false;
    }
    body = std::move(b);
    return true;
}

/// \param type a type \param body a body \return true if the body kind serves that type
bool
BodyFits(MobilityMessageType type, const MobilityMessage::Body& body)
{
    switch (type)
    {
    case MobilityMessageType::MOBILE_ANNOUNCE:
        return std::holds_alternative<MobileAnnounceBody>(body);
    case MobilityMessageType::MOBILE_HANDOFF:
        return std::holds_alternative<MobileHandoffBody>(body);
    case MobilityMessageType::MOBILE_HANDOFF_ACK:
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE_ACK:
        return std::holds_alternative<MobileHandoffAckBody>(body);
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE:
        return std::holds_alternative<MobileAnchorUpdateBody>(body);
    case MobilityMessageType::MOBILE_KEEP_ALIVE:
    case MobilityMessageType::MOBILE_KEEP_ALIVE_ACK:
        return std::holds_alternative<MobileKeepAliveBody>(body);
    case MobilityMessageType::MOBILE_CLIENT_DELETE:
        return std::holds_alternative<MobileClientDeleteBody>(body);
    case MobilityMessageType::MOBILE_PMK_UPDATE:
        return std::holds_alternative<MobilePmkUpdateBody>(body);
    case MobilityMessageType::MOBILE_FT_KEY_UPDATE:
        return std::holds_alternative<MobileFtKeyUpdateBody>(body);
    }
    return false;
}

/// Abort unless the body kind serves the type (a programming error). \param type a type
/// \param body a body
void
RequireFit(MobilityMessageType type, const MobilityMessage::Body& body)
{
    NS_ABORT_MSG_IF(!BodyFits(type, body),
                    "mobility message: the body does not fit type "
                        << MobilityMessageTypeName(static_cast<uint8_t>(type)));
}

} // namespace

// --------------------------------------------------------------------------- MobilityMessage

MobilityMessage
MobilityMessage::Make(MobilityMessageType type, const MobilityHeader& header, Body body)
{
    MobilityMessage m;
    m.m_header = header;
    m.m_header.type = type;
    m.m_body = std::move(body);
    return m;
}

MobilityMessage
MobilityMessage::Create(const MobilityHeader& header, Body body)
{
    if (!std::holds_alternative<std::monostate>(body))
    {
        RequireFit(header.type, body);
    }
    return Make(header.type, header, std::move(body));
}

void
MobilityMessage::SetBody(Body body)
{
    RequireFit(m_header.type, body);
    m_body = std::move(body);
}

MobilityMessage
MobilityMessage::CreateAnnounce(const MobilityHeader& header, const MobileAnnounceBody& body)
{
    return Make(MobilityMessageType::MOBILE_ANNOUNCE, header, body);
}

MobilityMessage
MobilityMessage::CreateHandoff(const MobilityHeader& header, const MobileHandoffBody& body)
{
    return Make(MobilityMessageType::MOBILE_HANDOFF, header, body);
}

MobilityMessage
MobilityMessage::CreateHandoffAck(const MobilityHeader& header, const MobileHandoffAckBody& body)
{
    return Make(MobilityMessageType::MOBILE_HANDOFF_ACK, header, body);
}

MobilityMessage
MobilityMessage::CreateAnchorUpdate(const MobilityHeader& header,
                                    const MobileAnchorUpdateBody& body)
{
    return Make(MobilityMessageType::MOBILE_ANCHOR_UPDATE, header, body);
}

MobilityMessage
MobilityMessage::CreateAnchorUpdateAck(const MobilityHeader& header,
                                       const MobileHandoffAckBody& body)
{
    return Make(MobilityMessageType::MOBILE_ANCHOR_UPDATE_ACK, header, body);
}

MobilityMessage
MobilityMessage::CreateKeepAlive(const MobilityHeader& header, const MobileKeepAliveBody& body)
{
    return Make(MobilityMessageType::MOBILE_KEEP_ALIVE, header, body);
}

MobilityMessage
MobilityMessage::CreateKeepAliveAck(const MobilityHeader& header, const MobileKeepAliveBody& body)
{
    return Make(MobilityMessageType::MOBILE_KEEP_ALIVE_ACK, header, body);
}

MobilityMessage
MobilityMessage::CreateClientDelete(const MobilityHeader& header,
                                    const MobileClientDeleteBody& body)
{
    return Make(MobilityMessageType::MOBILE_CLIENT_DELETE, header, body);
}

MobilityMessage
MobilityMessage::CreatePmkUpdate(const MobilityHeader& header, const MobilePmkUpdateBody& body)
{
    return Make(MobilityMessageType::MOBILE_PMK_UPDATE, header, body);
}

MobilityMessage
MobilityMessage::CreateFtKeyUpdate(const MobilityHeader& header, const MobileFtKeyUpdateBody& body)
{
    return Make(MobilityMessageType::MOBILE_FT_KEY_UPDATE, header, body);
}

MobilityMessageType
MobilityMessage::GetType() const
{
    return m_header.type;
}

MobilityHeader&
MobilityMessage::GetHeader()
{
    return m_header;
}

const MobilityHeader&
MobilityMessage::GetHeader() const
{
    return m_header;
}

const MobilityMessage::Body&
MobilityMessage::GetBodyVariant() const
{
    return m_body;
}

Ipv4Address
MobilityMessage::GetSenderIp() const
{
    return std::visit(
        [](const auto& b) -> Ipv4Address {
            if constexpr (std::is_same_v<std::decay_t<decltype(b)>, std::monostate>)
            {
                return Ipv4Address::GetZero();
            }
            else
            {
                return b.senderIp;
            }
        },
        m_body);
}

std::size_t
MobilityMessage::GetSerializedSize() const
{
    if (std::holds_alternative<std::monostate>(m_body))
    {
        return 0;
    }
    return MobilityMessageSize(static_cast<uint8_t>(m_header.type));
}

std::vector<uint8_t>
MobilityMessage::Encode() const
{
    NS_ABORT_MSG_IF(std::holds_alternative<std::monostate>(m_body),
                    "mobility message without a body");
    RequireFit(m_header.type, m_body);
    std::size_t size = GetSerializedSize();
    ByteWriter w;
    m_header.Write(w, static_cast<uint16_t>(size));
    std::visit(
        [&w, this](const auto& b) {
            if constexpr (!std::is_same_v<std::decay_t<decltype(b)>, std::monostate>)
            {
                std::string why;
                NS_ABORT_MSG_IF(!mobility::CheckBody(b, why),
                                MobilityMessageTypeName(static_cast<uint8_t>(m_header.type))
                                    << " cannot be encoded: " << why);
                mobility::WriteBody(w, b);
            }
        },
        m_body);
    NS_ABORT_MSG_IF(w.GetSize() != size,
                    "mobility encoder wrote " << w.GetSize() << " bytes, not " << size);
    return w.GetBytes();
}

Ptr<Packet>
MobilityMessage::ToPacket() const
{
    std::vector<uint8_t> bytes = Encode();
    return ns3::Create<Packet>(bytes.data(), static_cast<uint32_t>(bytes.size()));
}

bool
MobilityMessage::Decode(const std::vector<uint8_t>& bytes, MobilityMessage& out, std::string& why)
{
    ByteReader r(bytes);
    MobilityHeader header;
    uint16_t length = 0;
    if (!MobilityHeader::Read(r, header, length, why))
    {
        return false;
    }
    const uint8_t typeByte = static_cast<uint8_t>(header.type);
    const std::string name = MobilityMessageTypeName(typeByte);
    if (length != bytes.size())
    {
        why = name + " length field " + std::to_string(length) + " disagrees with the " +
              std::to_string(bytes.size()) + "-byte datagram";
        return false;
    }
    const std::size_t size = MobilityMessageSize(typeByte);
    if (bytes.size() != size)
    {
        why = name + " must be " + std::to_string(size) + " bytes, not " +
              std::to_string(bytes.size());
        return false;
    }
    ByteReader body = r.ReadSub(size - mobility::HEADER_SIZE);
    Body decoded;
    bool ok = false;
    switch (header.type)
    {
    case MobilityMessageType::MOBILE_ANNOUNCE:
        ok = ReadInto<MobileAnnounceBody>(body, decoded, why);
        break;
    case MobilityMessageType::MOBILE_HANDOFF:
        ok = ReadInto<MobileHandoffBody>(body, decoded, why);
        break;
    case MobilityMessageType::MOBILE_HANDOFF_ACK:
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE_ACK:
        ok = ReadInto<MobileHandoffAckBody>(body, decoded, why);
        break;
    case MobilityMessageType::MOBILE_ANCHOR_UPDATE:
        ok = ReadInto<MobileAnchorUpdateBody>(body, decoded, why);
        break;
    case MobilityMessageType::MOBILE_KEEP_ALIVE:
    case MobilityMessageType::MOBILE_KEEP_ALIVE_ACK:
        ok = ReadInto<MobileKeepAliveBody>(body, decoded, why);
        break;
    case MobilityMessageType::MOBILE_CLIENT_DELETE:
        ok = ReadInto<MobileClientDeleteBody>(body, decoded, why);
        break;
    case MobilityMessageType::MOBILE_PMK_UPDATE:
        ok = ReadInto<MobilePmkUpdateBody>(body, decoded, why);
        break;
    case MobilityMessageType::MOBILE_FT_KEY_UPDATE:
        ok = ReadInto<MobileFtKeyUpdateBody>(body, decoded, why);
        break;
    }
    if (!ok)
    {
        why = name + ": " + (why.empty() ? std::string("truncated body") : why);
        return false;
    }
    if (!body.IsDone() || !r.IsDone())
    {
        why = name + ": body not fully read"; // cannot happen with the fixed layouts
        return false;
    }
    out.m_header = header;
    out.m_body = std::move(decoded);
    return true;
}

bool
MobilityMessage::FromPacket(Ptr<const Packet> packet, MobilityMessage& out, std::string& why)
{
    return Decode(ByteReader::PacketBytes(packet), out, why);
}

std::vector<std::string>
MobilityMessage::FormatDebug(bool withSwitchIp) const
{
    const MobilityHeader& h = m_header;
    const uint8_t typeByte = static_cast<uint8_t>(h.type);
    std::vector<std::string> lines;
    std::ostringstream line;
    line << "type: " << unsigned(typeByte) << "(" << MobilityMessageTypeName(typeByte)
         << ")  subtype: " << unsigned(h.subtype) << "  version: " << unsigned(h.version)
         << "  xid: " << h.xid << "  seq: " << h.sequence << "  len " << GetSerializedSize()
         << " flags " << unsigned(h.flags);
    lines.push_back(line.str());
    std::string id = FormatMobilityGroupId(h.groupId);
    lines.push_back("group id: " + id.substr(0, 8) + " " + id.substr(8, 8) + " " +
                    id.substr(16, 8) + " " + id.substr(24, 8));
    line.str("");
    line << "mobile MAC: " << h.mobileMac << ", IP: " << h.mobileIp << ", instance: " << h.instance;
    lines.push_back(line.str());
    line.str("");
    line << "VLAN IP: " << h.vlanIp << ", netmask: " << h.vlanMask;
    lines.push_back(line.str());
    if (withSwitchIp)
    {
        line.str("");
        line << "Switch IP: " << GetSenderIp();
        lines.push_back(line.str());
    }
    return lines;
}

} // namespace ns3
