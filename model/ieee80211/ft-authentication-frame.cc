/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "ft-authentication-frame.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("FtAuthenticationFrame");

bool
FtAuthenticationFrame::TimeoutInterval::operator==(const TimeoutInterval& other) const
{
    return type == other.type && value == other.value;
}

bool
FtAuthenticationFrame::Element::operator==(const Element& other) const
{
    return id == other.id && data == other.data;
}

FtAuthenticationFrame::FtAuthenticationFrame()
    : m_sequence(SEQ_REQUEST),
      m_status(STATUS_SUCCESS),
      m_hasTimeout(false)
{
}

uint16_t
FtAuthenticationFrame::GetTransactionSequence() const
{
    return m_sequence;
}

void
FtAuthenticationFrame::SetTransactionSequence(uint16_t sequence)
{
    NS_ABORT_MSG_IF(sequence != SEQ_REQUEST && sequence != SEQ_RESPONSE,
                    "an FT Authentication frame has sequence number 1 or 2");
    m_sequence = sequence;
}

uint16_t
FtAuthenticationFrame::GetStatusCode() const
{
    return m_status;
}

void
FtAuthenticationFrame::SetStatusCode(uint16_t status)
{
    m_status = status;
}

bool
FtAuthenticationFrame::HasRsne() const
{
    return !m_rsneBytes.empty();
}

const std::vector<uint8_t>&
FtAuthenticationFrame::GetRsneBytes() const
{
    return m_rsneBytes;
}

const RsnElement&
FtAuthenticationFrame::GetRsne() const
{
    return m_rsne;
}

void
FtAuthenticationFrame::SetRsne(const RsnElement& rsne)
{
    m_rsne = rsne;
    m_rsneBytes = rsne.Encode();
}

void
FtAuthenticationFrame::ClearRsne()
{
    m_rsne = RsnElement();
    m_rsneBytes.clear();
}

bool
FtAuthenticationFrame::HasMde() const
{
    return !m_mdeBytes.empty();
}

const std::vector<uint8_t>&
FtAuthenticationFrame::GetMdeBytes() const
{
    return m_mdeBytes;
}

const MobilityDomainElement&
FtAuthenticationFrame::GetMde() const
{
    return m_mde;
}

void
FtAuthenticationFrame::SetMde(const MobilityDomainElement& mde)
{
    m_mde = mde;
    m_mdeBytes = mde.Encode();
}

void
FtAuthenticationFrame::ClearMde()
{
    m_mde = MobilityDomainElement();
    m_mdeBytes.clear();
}

bool
FtAuthenticationFrame::HasFte() const
{
    return !m_fteBytes.empty();
}

const std::vector<uint8_t>&
FtAuthenticationFrame::GetFteBytes() const
{
    return m_fteBytes;
}

const FastBssTransitionElement&
FtAuthenticationFrame::GetFte() const
{
    return m_fte;
}

void
FtAuthenticationFrame::SetFte(const FastBssTransitionElement& fte)
{
    m_fte = fte;
    m_fteBytes = fte.Encode();
}

void
FtAuthenticationFrame::ClearFte()
{
    m_fte = FastBssTransitionElement();
    m_fteBytes.clear();
}

bool
FtAuthenticationFrame::HasTimeoutInterval() const
{
    return m_hasTimeout;
}

const FtAuthenticationFrame::TimeoutInterval&
FtAuthenticationFrame::GetTimeoutInterval() const
{
    return m_timeout;
}

void
FtAuthenticationFrame::SetTimeoutInterval(const TimeoutInterval& timeout)
{
    NS_ABORT_MSG_IF(timeout.type < TIMEOUT_REASSOC_DEADLINE ||
                        timeout.type > TIMEOUT_ASSOC_COMEBACK,
                    "Timeout Interval type is 1 to 3");
    m_hasTimeout = true;
    m_timeout = timeout;
}

void
FtAuthenticationFrame::ClearTimeoutInterval()
{
    m_hasTimeout = false;
    m_timeout = TimeoutInterval();
}

const std::vector<FtAuthenticationFrame::Element>&
FtAuthenticationFrame::GetOtherElements() const
{
    return m_others;
}

void
FtAuthenticationFrame::AddOtherElement(const Element& element)
{
    NS_ABORT_MSG_IF(
        element.id == RsnElement::ELEMENT_ID || element.id == MobilityDomainElement::ELEMENT_ID ||
            element.id == FastBssTransitionElement::ELEMENT_ID || element.id == TIMEOUT_INTERVAL_ID,
        "RSNE, MDE, FTE and Timeout Interval have their own setters");
    NS_ABORT_MSG_IF(element.data.size() > 255, "an element has at most 255 octets");
    m_others.push_back(element);
}

std::size_t
FtAuthenticationFrame::GetSerializedSize() const
{
    std::size_t size = FIXED_SIZE + m_rsneBytes.size() + m_mdeBytes.size() + m_fteBytes.size();
    if (m_hasTimeout)
    {
        size += 2 + 5;
    }
    for (const auto& other : m_others)
    {
        size += 2 + other.data.size();
    }
    return size;
}

void
FtAuthenticationFrame::Encode(ByteWriter& writer) const
{
    writer.WriteU16Le(ALGORITHM_FT);
    writer.WriteU16Le(m_sequence);
    writer.WriteU16Le(m_status);
    writer.WriteBytes(m_rsneBytes);
    writer.WriteBytes(m_mdeBytes);
    writer.WriteBytes(m_fteBytes);
    if (m_hasTimeout)
    {
        writer.WriteU8(TIMEOUT_INTERVAL_ID);
        writer.WriteU8(5);
        writer.WriteU8(m_timeout.type);
        writer.WriteU32Le(m_timeout.value);
    }
    for (const auto& other : m_others)
    {
        writer.WriteU8(other.id);
        writer.WriteU8(static_cast<uint8_t>(other.data.size()));
        writer.WriteBytes(other.data);
    }
}

std::vector<uint8_t>
FtAuthenticationFrame::Encode() const
{
    ByteWriter writer;
    Encode(writer);
    return writer.GetBytes();
}

bool
FtAuthenticationFrame::Decode(ByteReader& reader, FtAuthenticationFrame& frame, std::string& why)
{
    if (reader.GetRemaining() < FIXED_SIZE)
    {
        why = "Authentication frame body shorter than its 6 octets of fixed fields";
        return false;
    }
    FtAuthenticationFrame result;
    uint16_t algorithm = reader.ReadU16Le();
    if (algorithm != ALGORITHM_FT)
    {
        why = "authentication algorithm " + std::to_string(algorithm) +
              " is not Fast BSS Transition (2)";
        return false;
    }
    result.m_sequence = reader.ReadU16Le();
    if (result.m_sequence != SEQ_REQUEST && result.m_sequence != SEQ_RESPONSE)
    {
        why = "FT authentication transaction sequence number " + std::to_string(result.m_sequence) +
              " is not 1 or 2";
        return false;
    }
    result.m_status = reader.ReadU16Le();
    while (reader.IsOk() && reader.GetRemaining() > 0)
    {
        if (reader.GetRemaining() < 2)
        {
            why = "FT Authentication frame ends inside an element header";
            return false;
        }
        std::size_t start = reader.GetOffset();
        uint8_t id = reader.ReadU8();
        uint8_t length = reader.ReadU8();
        if (length > reader.GetRemaining())
        {
            why = "element " + std::to_string(id) + " length " + std::to_string(length) +
                  " runs past the frame";
            return false;
        }
        std::vector<uint8_t> data = reader.ReadBytes(length);
        ByteWriter element;
        element.WriteU8(id);
        element.WriteU8(length);
        element.WriteBytes(data);
        const std::vector<uint8_t>& whole = element.GetBytes();
        std::string reason;
        switch (id)
        {
        case RsnElement::ELEMENT_ID:
            if (!result.m_rsneBytes.empty())
            {
                why = "FT Authentication frame has two RSNEs";
                return false;
            }
            if (!RsnElement::Decode(whole, result.m_rsne, reason))
            {
                why = "RSNE: " + reason;
                return false;
            }
            result.m_rsneBytes = whole;
            break;
        case MobilityDomainElement::ELEMENT_ID:
            if (!result.m_mdeBytes.empty())
            {
                why = "FT Authentication frame has two MDEs";
                return false;
            }
            if (!MobilityDomainElement::Decode(whole, result.m_mde, reason))
            {
                why = "MDE: " + reason;
                return false;
            }
            result.m_mdeBytes = whole;
            break;
        case FastBssTransitionElement::ELEMENT_ID:
            if (!result.m_fteBytes.empty())
            {
                why = "FT Authentication frame has two FTEs";
                return false;
            }
            if (!FastBssTransitionElement::Decode(whole, result.m_fte, reason))
            {
                why = "FTE: " + reason;
                return false;
            }
            result.m_fteBytes = whole;
            break;
        case TIMEOUT_INTERVAL_ID: {
            if (result.m_hasTimeout)
            {
                why = "FT Authentication frame has two Timeout Interval elements";
                return false;
            }
            if (length != 5)
            {
                why = "Timeout Interval element length " + std::to_string(length) + " is not 5";
                return false;
            }
            ByteReader body(data);
            result.m_timeout.type = body.ReadU8();
            result.m_timeout.value = body.ReadU32Le();
            if (result.m_timeout.type < TIMEOUT_REASSOC_DEADLINE ||
                result.m_timeout.type > TIMEOUT_ASSOC_COMEBACK)
            {
                why = "Timeout Interval type " + std::to_string(result.m_timeout.type) +
                      " is reserved";
                return false;
            }
            result.m_hasTimeout = true;
            break;
        }
        default: {
            Element other;
            other.id = id;
            other.data = data;
            result.m_others.push_back(other);
            break;
        }
        }
        NS_LOG_LOGIC("element " << unsigned(id) << " at offset " << start);
    }
    if (!reader.IsOk())
    {
        why = "FT Authentication frame truncated";
        return false;
    }
    frame = result;
    return true;
}

bool
FtAuthenticationFrame::Decode(const std::vector<uint8_t>& bytes,
                              FtAuthenticationFrame& frame,
                              std::string& why)
{
    ByteReader reader(bytes);
    return Decode(reader, frame, why);
}

} // namespace ns3
