/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "eapol-frame.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("EapolFrame");

EapolFrame::EapolFrame()
    : m_version(VERSION_2004),
      m_type(EAPOL_KEY),
      m_trailing(0)
{
}

EapolFrame::EapolFrame(uint8_t version, uint8_t type, const std::vector<uint8_t>& body)
    : m_version(version),
      m_type(type),
      m_trailing(0)
{
    SetBody(body);
}

uint8_t
EapolFrame::GetProtocolVersion() const
{
    return m_version;
}

void
EapolFrame::SetProtocolVersion(uint8_t version)
{
    m_version = version;
}

uint8_t
EapolFrame::GetPacketType() const
{
    return m_type;
}

void
EapolFrame::SetPacketType(uint8_t type)
{
    m_type = type;
}

const std::vector<uint8_t>&
EapolFrame::GetBody() const
{
    return m_body;
}

void
EapolFrame::SetBody(const std::vector<uint8_t>& body)
{
    NS_ABORT_MSG_IF(body.size() > 0xffff, "EAPOL body longer than 65535 bytes");
    m_body = body;
}

std::size_t
EapolFrame::GetTrailingBytes() const
{
    return m_trailing;
}

void
EapolFrame::Encode(ByteWriter& writer) const
{
    writer.WriteU8(m_version);
    writer.WriteU8(m_type);
    writer.WriteU16(static_cast<uint16_t>(m_body.size()));
    writer.WriteBytes(m_body);
}

std::vector<uint8_t>
EapolFrame::Encode() const
{
    ByteWriter writer;
    Encode(writer);
    return writer.GetBytes();
}

bool
EapolFrame::Decode(ByteReader& reader, EapolFrame& frame, std::string& why)
{
    if (reader.GetRemaining() < HEADER_SIZE)
    {
        why = "EAPOL frame of " + std::to_string(reader.GetRemaining()) +
              " bytes is shorter than the 4-byte header";
        return false;
    }
    uint8_t version = reader.ReadU8();
    uint8_t type = reader.ReadU8();
    uint16_t length = reader.ReadU16();
    if (version != VERSION_2001 && version != VERSION_2004)
    {
        why = "unsupported EAPOL protocol version " + std::to_string(version);
        return false;
    }
    if (type > EAPOL_KEY)
    {
        why = "unsupported EAPOL packet type " + std::to_string(type);
        return false;
    }
    if (length > reader.GetRemaining())
    {
        why = "EAPOL body length " + std::to_string(length) + " exceeds the " +
              std::to_string(reader.GetRemaining()) + " bytes after the header";
        return false;
    }
    frame.m_version = version;
    frame.m_type = type;
    frame.m_body = reader.ReadBytes(length);
    frame.m_trailing = reader.GetRemaining();
    reader.Skip(frame.m_trailing);
    if (!reader.IsOk())
    {
        why = "EAPOL frame truncated";
        return false;
    }
    return true;
}

bool
EapolFrame::Decode(const std::vector<uint8_t>& bytes, EapolFrame& frame, std::string& why)
{
    ByteReader reader(bytes);
    return Decode(reader, frame, why);
}

std::string
EapolFrame::PacketTypeName(uint8_t type)
{
    switch (type)
    {
    case EAP_PACKET:
        return "EAP-Packet";
    case EAPOL_START:
        return "EAPOL-Start";
    case EAPOL_LOGOFF:
        return "EAPOL-Logoff";
    case EAPOL_KEY:
        return "EAPOL-Key";
    default:
        return "type " + std::to_string(type);
    }
}

} // namespace ns3
