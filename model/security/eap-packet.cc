/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "eap-packet.h"

#include "ns3/abort.h"
#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/log.h"

#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("EapPacket");

EapPacket::EapPacket()
    : m_code(REQUEST),
      m_identifier(0),
      m_type(IDENTITY),
      m_trailing(0)
{
}

EapPacket::EapPacket(uint8_t code,
                     uint8_t identifier,
                     uint8_t type,
                     const std::vector<uint8_t>& typeData)
    : m_code(code),
      m_identifier(identifier),
      m_type(type),
      m_trailing(0)
{
    SetTypeData(typeData);
}

EapPacket
EapPacket::MakeResult(uint8_t code, uint8_t identifier)
{
    EapPacket packet;
    packet.SetCode(code);
    packet.SetIdentifier(identifier);
    return packet;
}

uint8_t
EapPacket::GetCode() const
{
    return m_code;
}

void
EapPacket::SetCode(uint8_t code)
{
    m_code = code;
}

uint8_t
EapPacket::GetIdentifier() const
{
    return m_identifier;
}

void
EapPacket::SetIdentifier(uint8_t identifier)
{
    m_identifier = identifier;
}

uint8_t
EapPacket::GetType() const
{
    return m_type;
}

void
EapPacket::SetType(uint8_t type)
{
    m_type = type;
}

const std::vector<uint8_t>&
EapPacket::GetTypeData() const
{
    return m_typeData;
}

void
EapPacket::SetTypeData(const std::vector<uint8_t>& data)
{
    NS_ABORT_MSG_IF(data.size() > 0xffff - HEADER_SIZE - 1, "EAP type data longer than 65530");
    m_typeData = data;
}

bool
EapPacket::HasType() const
{
    return m_code == REQUEST || m_code == RESPONSE;
}

std::size_t
EapPacket::GetLength() const
{
    return HasType() ? HEADER_SIZE + 1 + m_typeData.size() : HEADER_SIZE;
}

std::size_t
EapPacket::GetTrailingBytes() const
{
    return m_trailing;
}

std::vector<uint8_t>
EapPacket::Encode() const
{
    ByteWriter writer;
    writer.WriteU8(m_code);
    writer.WriteU8(m_identifier);
    writer.WriteU16(static_cast<uint16_t>(GetLength()));
    if (HasType())
    {
        writer.WriteU8(m_type);
        writer.WriteBytes(m_typeData);
    }
    return writer.GetBytes();
}

bool
EapPacket::Decode(const std::vector<uint8_t>& bytes, EapPacket& packet, std::string& why)
{
    ByteReader reader(bytes);
    uint8_t code = reader.ReadU8();
    uint8_t identifier = reader.ReadU8();
    uint16_t length = reader.ReadU16();
    if (!reader.IsOk())
    {
        why = "EAP packet shorter than its 4-byte header";
        return false;
    }
    if (code < REQUEST || code > FAILURE)
    {
        why = "unknown EAP code " + std::to_string(code);
        return false;
    }
    if (length < HEADER_SIZE)
    {
        why = "EAP Length " + std::to_string(length) + " below 4";
        return false;
    }
    if (length > bytes.size())
    {
        why = "EAP Length " + std::to_string(length) + " beyond the " +
              std::to_string(bytes.size()) + " bytes received";
        return false;
    }
    packet.m_code = code;
    packet.m_identifier = identifier;
    packet.m_trailing = bytes.size() - length;
    packet.m_type = 0;
    packet.m_typeData.clear();
    if (code == SUCCESS || code == FAILURE)
    {
        if (length != HEADER_SIZE)
        {
            why = "EAP-" + CodeName(code) + " with Length " + std::to_string(length) + ", not 4";
            return false;
        }
        return true;
    }
    if (length < HEADER_SIZE + 1)
    {
        why = "EAP-" + CodeName(code) + " without a Type";
        return false;
    }
    packet.m_type = reader.ReadU8();
    packet.m_typeData = reader.ReadBytes(length - HEADER_SIZE - 1);
    if (!reader.IsOk())
    {
        why = "EAP packet truncated";
        return false;
    }
    return true;
}

std::string
EapPacket::CodeName(uint8_t code)
{
    switch (code)
    {
    case REQUEST:
        return "Request";
    case RESPONSE:
        return "Response";
    case SUCCESS:
        return "Success";
    case FAILURE:
        return "Failure";
    default:
        return "Code " + std::to_string(code);
    }
}

std::string
EapPacket::TypeName(uint8_t type)
{
    switch (type)
    {
    case IDENTITY:
        return "Identity";
    case NOTIFICATION:
        return "Notification";
    case NAK:
        return "Nak";
    case EXPERIMENTAL:
        return "Experimental";
    default:
        return "Type " + std::to_string(type);
    }
}

std::string
EapPacket::ToString() const
{
    std::ostringstream text;
    text << CodeName(m_code);
    if (HasType())
    {
        text << "/" << TypeName(m_type);
    }
    text << " id=" << unsigned(m_identifier) << " len=" << GetLength();
    return text.str();
}

} // namespace ns3
