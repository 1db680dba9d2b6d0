/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "eapol-key-frame.h"

#include "ns3/abort.h"
#include "ns3/log.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("EapolKeyFrame");

EapolKeyFrame::EapolKeyFrame()
    : m_descriptorType(DESCRIPTOR_RSN),
      m_keyInfo(0),
      m_keyLength(0),
      m_replayCounter(0),
      m_nonce(NONCE_SIZE, 0),
      m_iv(IV_SIZE, 0),
      m_rsc(RSC_SIZE, 0),
      m_reserved(RESERVED_SIZE, 0),
      m_mic(MIC_SIZE, 0)
{
}

uint8_t
EapolKeyFrame::GetDescriptorType() const
{
    return m_descriptorType;
}

void
EapolKeyFrame::SetDescriptorType(uint8_t type)
{
    m_descriptorType = type;
}

uint16_t
EapolKeyFrame::GetKeyInformation() const
{
    return m_keyInfo;
}

void
EapolKeyFrame::SetKeyInformation(uint16_t info)
{
    m_keyInfo = info;
}

uint8_t
EapolKeyFrame::GetDescriptorVersion() const
{
    return static_cast<uint8_t>(m_keyInfo & KEY_INFO_VERSION_MASK);
}

void
EapolKeyFrame::SetDescriptorVersion(uint8_t version)
{
    NS_ABORT_MSG_IF(version > 7, "key descriptor version has 3 bits");
    m_keyInfo = static_cast<uint16_t>((m_keyInfo & ~KEY_INFO_VERSION_MASK) | version);
}

bool
EapolKeyFrame::HasFlag(uint16_t flag) const
{
    return (m_keyInfo & flag) == flag;
}

void
EapolKeyFrame::SetFlag(uint16_t flag, bool value)
{
    if (value)
    {
        m_keyInfo |= flag;
    }
    else
    {
        m_keyInfo = static_cast<uint16_t>(m_keyInfo & ~flag);
    }
}

uint16_t
EapolKeyFrame::GetKeyLength() const
{
    return m_keyLength;
}

void
EapolKeyFrame::SetKeyLength(uint16_t length)
{
    m_keyLength = length;
}

uint64_t
EapolKeyFrame::GetReplayCounter() const
{
    return m_replayCounter;
}

void
EapolKeyFrame::SetReplayCounter(uint64_t counter)
{
    m_replayCounter = counter;
}

const std::vector<uint8_t>&
EapolKeyFrame::GetNonce() const
{
    return m_nonce;
}

void
EapolKeyFrame::SetNonce(const std::vector<uint8_t>& nonce)
{
    NS_ABORT_MSG_IF(nonce.size() != NONCE_SIZE, "Key Nonce must have 32 bytes");
    m_nonce = nonce;
}

const std::vector<uint8_t>&
EapolKeyFrame::GetIv() const
{
    return m_iv;
}

void
EapolKeyFrame::SetIv(const std::vector<uint8_t>& iv)
{
    NS_ABORT_MSG_IF(iv.size() != IV_SIZE, "EAPOL-Key IV must have 16 bytes");
    m_iv = iv;
}

const std::vector<uint8_t>&
EapolKeyFrame::GetRsc() const
{
    return m_rsc;
}

void
EapolKeyFrame::SetRsc(const std::vector<uint8_t>& rsc)
{
    NS_ABORT_MSG_IF(rsc.size() != RSC_SIZE, "Key RSC must have 8 bytes");
    m_rsc = rsc;
}

void
EapolKeyFrame::SetRscValue(uint64_t counter)
{
    for (std::size_t i = 0; i < RSC_SIZE; ++i)
    {
        m_rsc[i] = static_cast<uint8_t>(counter >> (8 * i));
    }
}

uint64_t
EapolKeyFrame::GetRscValue() const
{
    uint64_t value = 0;
    for (std::size_t i = RSC_SIZE; i-- > 0;)
    {
        value = (value << 8) | m_rsc[i];
    }
    return value;
}

const std::vector<uint8_t>&
EapolKeyFrame::GetReserved() const
{
    return m_reserved;
}

void
EapolKeyFrame::SetReserved(const std::vector<uint8_t>& reserved)
{
    NS_ABORT_MSG_IF(reserved.size() != RESERVED_SIZE, "Reserved field must have 8 bytes");
    m_reserved = reserved;
}

const std::vector<uint8_t>&
EapolKeyFrame::GetMic() const
{
    return m_mic;
}

void
EapolKeyFrame::SetMic(const std::vector<uint8_t>& mic)
{
    NS_ABORT_MSG_IF(mic.size() != MIC_SIZE, "Key MIC must have 16 bytes");
    m_mic = mic;
}

const std::vector<uint8_t>&
EapolKeyFrame::GetKeyData() const
{
    return m_keyData;
}

void
EapolKeyFrame::SetKeyData(const std::vector<uint8_t>& data)
{
    NS_ABORT_MSG_IF(data.size() > 0xffff - FIXED_SIZE, "Key Data too long for an EAPOL frame");
    m_keyData = data;
}

std::size_t
EapolKeyFrame::GetSerializedSize() const
{
    return FIXED_SIZE + m_keyData.size();
}

void
EapolKeyFrame::Encode(ByteWriter& writer, bool zeroMic) const
{
    writer.WriteU8(m_descriptorType);
    writer.WriteU16(m_keyInfo);
    writer.WriteU16(m_keyLength);
    writer.WriteU64(m_replayCounter);
    writer.WriteBytes(m_nonce);
    writer.WriteBytes(m_iv);
    writer.WriteBytes(m_rsc);
    writer.WriteBytes(m_reserved);
    if (zeroMic)
    {
        writer.WriteFill(0, MIC_SIZE);
    }
    else
    {
        writer.WriteBytes(m_mic);
    }
    writer.WriteU16(static_cast<uint16_t>(m_keyData.size()));
    writer.WriteBytes(m_keyData);
}

std::vector<uint8_t>
EapolKeyFrame::Encode(bool zeroMic) const
{
    ByteWriter writer;
    Encode(writer, zeroMic);
    return writer.GetBytes();
}

std::vector<uint8_t>
EapolKeyFrame::EncodeEapol(uint8_t eapolVersion, bool zeroMic) const
{
    EapolFrame eapol(eapolVersion, EapolFrame::EAPOL_KEY, Encode(zeroMic));
    return eapol.Encode();
}

bool
EapolKeyFrame::Decode(ByteReader& reader, EapolKeyFrame& frame, std::string& why)
{
    if (reader.GetRemaining() < 1)
    {
        why = "empty EAPOL-Key body";
        return false;
    }
    uint8_t type = reader.ReadU8();
    if (type != DESCRIPTOR_RSN)
    {
        if (type == DESCRIPTOR_WPA)
        {
            why = "EAPOL-Key descriptor type 254 (WPA) not supported";
        }
        else if (type == DESCRIPTOR_RC4)
        {
            why = "EAPOL-Key descriptor type 1 (RC4) not supported";
        }
        else
        {
            why = "unknown EAPOL-Key descriptor type " + std::to_string(type);
        }
        return false;
    }
    if (reader.GetRemaining() + 1 < FIXED_SIZE)
    {
        why = "EAPOL-Key body of " + std::to_string(reader.GetRemaining() + 1) +
              " bytes is shorter than the 95-byte fixed part";
        return false;
    }
    frame.m_descriptorType = type;
    frame.m_keyInfo = reader.ReadU16();
    frame.m_keyLength = reader.ReadU16();
    frame.m_replayCounter = reader.ReadU64();
    frame.m_nonce = reader.ReadBytes(NONCE_SIZE);
    frame.m_iv = reader.ReadBytes(IV_SIZE);
    frame.m_rsc = reader.ReadBytes(RSC_SIZE);
    frame.m_reserved = reader.ReadBytes(RESERVED_SIZE);
    frame.m_mic = reader.ReadBytes(MIC_SIZE);
    uint16_t keyDataLength = reader.ReadU16();
    if (!reader.IsOk())
    {
        why = "EAPOL-Key body truncated";
        return false;
    }
    if (keyDataLength != reader.GetRemaining())
    {
        why = "Key Data Length " + std::to_string(keyDataLength) + " does not match the " +
              std::to_string(reader.GetRemaining()) + " bytes of key data";
        return false;
    }
    frame.m_keyData = reader.ReadBytes(keyDataLength);
    if (!reader.IsDone())
    {
        why = "EAPOL-Key body truncated";
        return false;
    }
    return true;
}

bool
EapolKeyFrame::Decode(const std::vector<uint8_t>& body, EapolKeyFrame& frame, std::string& why)
{
    ByteReader reader(body);
    return Decode(reader, frame, why);
}

bool
EapolKeyFrame::DecodeEapol(const std::vector<uint8_t>& bytes,
                           EapolFrame& eapol,
                           EapolKeyFrame& frame,
                           std::string& why)
{
    if (!EapolFrame::Decode(bytes, eapol, why))
    {
        return false;
    }
    if (eapol.GetPacketType() != EapolFrame::EAPOL_KEY)
    {
        why = "not an EAPOL-Key frame (" + EapolFrame::PacketTypeName(eapol.GetPacketType()) + ")";
        return false;
    }
    return Decode(eapol.GetBody(), frame, why);
}

std::vector<uint8_t>
EapolKeyFrame::MicInput(const EapolFrame& eapol)
{
    std::vector<uint8_t> bytes = eapol.Encode();
    std::size_t offset = EapolFrame::HEADER_SIZE + MIC_OFFSET;
    if (bytes.size() >= offset + MIC_SIZE)
    {
        std::fill(bytes.begin() + offset, bytes.begin() + offset + MIC_SIZE, 0);
    }
    return bytes;
}

EapolKeyFrame::HandshakeMessage
EapolKeyFrame::Classify() const
{
    if (HasFlag(KEY_INFO_REQUEST))
    {
        return REQUEST;
    }
    bool ack = HasFlag(KEY_INFO_KEY_ACK);
    bool mic = HasFlag(KEY_INFO_KEY_MIC);
    if (HasFlag(KEY_INFO_KEY_TYPE))
    {
        if (ack && !mic)
        {
            return MESSAGE_1;
        }
        if (ack && mic)
        {
            return MESSAGE_3;
        }
        if (!ack && mic)
        {
            return m_keyData.empty() ? MESSAGE_4 : MESSAGE_2;
        }
        return UNKNOWN_MESSAGE;
    }
    if (ack && mic)
    {
        return GROUP_MESSAGE_1;
    }
    if (!ack && mic)
    {
        return GROUP_MESSAGE_2;
    }
    return UNKNOWN_MESSAGE;
}

std::string
EapolKeyFrame::MessageName(HandshakeMessage message)
{
    switch (message)
    {
    case MESSAGE_1:
        return "M1";
    case MESSAGE_2:
        return "M2";
    case MESSAGE_3:
        return "M3";
    case MESSAGE_4:
        return "M4";
    case GROUP_MESSAGE_1:
        return "G1";
    case GROUP_MESSAGE_2:
        return "G2";
    case REQUEST:
        return "request";
    default:
        return "unknown";
    }
}

std::string
EapolKeyFrame::KeyInformationToString() const
{
    std::string text = "ver=" + std::to_string(GetDescriptorVersion());
    text += HasFlag(KEY_INFO_KEY_TYPE) ? " pairwise" : " group";
    const std::pair<uint16_t, const char*> flags[] = {
        {KEY_INFO_INSTALL, " install"},
        {KEY_INFO_KEY_ACK, " ack"},
        {KEY_INFO_KEY_MIC, " mic"},
        {KEY_INFO_SECURE, " secure"},
        {KEY_INFO_ERROR, " error"},
        {KEY_INFO_REQUEST, " request"},
        {KEY_INFO_ENCRYPTED_KEY_DATA, " enc"},
        {KEY_INFO_SMK_MESSAGE, " smk"},
    };
    for (const auto& flag : flags)
    {
        if (HasFlag(flag.first))
        {
            text += flag.second;
        }
    }
    return text;
}

} // namespace ns3
