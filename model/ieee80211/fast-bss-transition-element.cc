/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "fast-bss-transition-element.h"

#include "ns3/abort.h"
#include "ns3/log.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("FastBssTransitionElement");

uint8_t
FastBssTransitionElement::Gtk::GetKeyId() const
{
    return static_cast<uint8_t>(keyInfo & 0x0003);
}

bool
FastBssTransitionElement::Gtk::operator==(const Gtk& other) const
{
    return keyInfo == other.keyInfo && keyLength == other.keyLength && rsc == other.rsc &&
           wrappedKey == other.wrappedKey;
}

bool
FastBssTransitionElement::Subelement::operator==(const Subelement& other) const
{
    return id == other.id && data == other.data;
}

FastBssTransitionElement::FastBssTransitionElement()
    : m_micControl(0),
      m_mic(MIC_SIZE, 0),
      m_anonce(NONCE_SIZE, 0),
      m_snonce(NONCE_SIZE, 0),
      m_hasR1khId(false),
      m_hasGtk(false)
{
}

uint16_t
FastBssTransitionElement::GetMicControl() const
{
    return m_micControl;
}

void
FastBssTransitionElement::SetMicControl(uint16_t micControl)
{
    m_micControl = micControl;
}

bool
FastBssTransitionElement::IsRsnxeUsed() const
{
    return (m_micControl & RSNXE_USED) != 0;
}

void
FastBssTransitionElement::SetRsnxeUsed(bool used)
{
    m_micControl =
        static_cast<uint16_t>(used ? (m_micControl | RSNXE_USED) : (m_micControl & ~RSNXE_USED));
}

uint8_t
FastBssTransitionElement::GetElementCount() const
{
    return static_cast<uint8_t>(m_micControl >> 8);
}

void
FastBssTransitionElement::SetElementCount(uint8_t count)
{
    m_micControl = static_cast<uint16_t>((m_micControl & 0x00ff) | (uint16_t(count) << 8));
}

const std::vector<uint8_t>&
FastBssTransitionElement::GetMic() const
{
    return m_mic;
}

void
FastBssTransitionElement::SetMic(const std::vector<uint8_t>& mic)
{
    NS_ABORT_MSG_IF(mic.size() != MIC_SIZE, "the FTE MIC has 16 octets");
    m_mic = mic;
}

const std::vector<uint8_t>&
FastBssTransitionElement::GetANonce() const
{
    return m_anonce;
}

void
FastBssTransitionElement::SetANonce(const std::vector<uint8_t>& anonce)
{
    NS_ABORT_MSG_IF(anonce.size() != NONCE_SIZE, "the ANonce has 32 octets");
    m_anonce = anonce;
}

const std::vector<uint8_t>&
FastBssTransitionElement::GetSNonce() const
{
    return m_snonce;
}

void
FastBssTransitionElement::SetSNonce(const std::vector<uint8_t>& snonce)
{
    NS_ABORT_MSG_IF(snonce.size() != NONCE_SIZE, "the SNonce has 32 octets");
    m_snonce = snonce;
}

bool
FastBssTransitionElement::HasR1khId() const
{
    return m_hasR1khId;
}

Mac48Address
FastBssTransitionElement::GetR1khId() const
{
    return m_r1khId;
}

void
FastBssTransitionElement::SetR1khId(Mac48Address r1khId)
{
    m_hasR1khId = true;
    m_r1khId = r1khId;
}

void
FastBssTransitionElement::ClearR1khId()
{
    m_hasR1khId = false;
    m_r1khId = Mac48Address();
}

bool
FastBssTransitionElement::HasR0khId() const
{
    return !m_r0khId.empty();
}

const std::vector<uint8_t>&
FastBssTransitionElement::GetR0khId() const
{
    return m_r0khId;
}

void
FastBssTransitionElement::SetR0khId(const std::vector<uint8_t>& r0khId)
{
    NS_ABORT_MSG_IF(r0khId.empty() || r0khId.size() > MAX_R0KH_ID_SIZE,
                    "an R0KH-ID has 1 to 48 octets");
    m_r0khId = r0khId;
}

void
FastBssTransitionElement::ClearR0khId()
{
    m_r0khId.clear();
}

bool
FastBssTransitionElement::HasGtk() const
{
    return m_hasGtk;
}

const FastBssTransitionElement::Gtk&
FastBssTransitionElement::GetGtk() const
{
    return m_gtk;
}

void
FastBssTransitionElement::SetGtk(const Gtk& gtk)
{
    std::string why;
    NS_ABORT_MSG_IF(!CheckGtk(gtk, why), why);
    m_hasGtk = true;
    m_gtk = gtk;
}

void
FastBssTransitionElement::ClearGtk()
{
    m_hasGtk = false;
    m_gtk = Gtk();
}

bool
FastBssTransitionElement::HasIgtk() const
{
    return !m_igtk.empty();
}

const std::vector<uint8_t>&
FastBssTransitionElement::GetIgtk() const
{
    return m_igtk;
}

void
FastBssTransitionElement::SetIgtk(const std::vector<uint8_t>& data)
{
    NS_ABORT_MSG_IF(data.size() < IGTK_FIXED_SIZE + MIN_WRAPPED_KEY ||
                        data.size() > IGTK_FIXED_SIZE + MAX_WRAPPED_KEY,
                    "an IGTK subelement has 33 to 49 octets");
    m_igtk = data;
}

void
FastBssTransitionElement::ClearIgtk()
{
    m_igtk.clear();
}

const std::vector<FastBssTransitionElement::Subelement>&
FastBssTransitionElement::GetOtherSubelements() const
{
    return m_others;
}

void
FastBssTransitionElement::AddOtherSubelement(const Subelement& subelement)
{
    NS_ABORT_MSG_IF(subelement.id >= SUB_R1KH_ID && subelement.id <= SUB_IGTK,
                    "subelements 1 to 4 have their own setters");
    NS_ABORT_MSG_IF(subelement.data.size() > 255, "a subelement has at most 255 octets");
    m_others.push_back(subelement);
}

bool
FastBssTransitionElement::CheckGtk(const Gtk& gtk, std::string& why)
{
    if (gtk.rsc.size() != RSC_SIZE)
    {
        why = "the GTK subelement RSC has 8 octets (not " + std::to_string(gtk.rsc.size()) + ")";
        return false;
    }
    if (gtk.wrappedKey.size() < MIN_WRAPPED_KEY || gtk.wrappedKey.size() > MAX_WRAPPED_KEY ||
        gtk.wrappedKey.size() % 8 != 0)
    {
        why = "the GTK subelement wrapped key has " + std::to_string(gtk.wrappedKey.size()) +
              " octets (24 to 40, a multiple of 8)";
        return false;
    }
    return true;
}

std::size_t
FastBssTransitionElement::GetSerializedSize() const
{
    std::size_t size = 2 + FIXED_LENGTH;
    if (m_hasR1khId)
    {
        size += 2 + R1KH_ID_SIZE;
    }
    if (m_hasGtk)
    {
        size += 2 + GTK_FIXED_SIZE + m_gtk.wrappedKey.size();
    }
    if (!m_r0khId.empty())
    {
        size += 2 + m_r0khId.size();
    }
    if (!m_igtk.empty())
    {
        size += 2 + m_igtk.size();
    }
    for (const auto& other : m_others)
    {
        size += 2 + other.data.size();
    }
    return size;
}

void
FastBssTransitionElement::Encode(ByteWriter& writer) const
{
    std::size_t size = GetSerializedSize();
    NS_ABORT_MSG_IF(size - 2 > 255, "FT element longer than 255 octets");
    writer.WriteU8(ELEMENT_ID);
    writer.WriteU8(static_cast<uint8_t>(size - 2));
    writer.WriteU16Le(m_micControl);
    writer.WriteBytes(m_mic);
    writer.WriteBytes(m_anonce);
    writer.WriteBytes(m_snonce);
    if (m_hasR1khId)
    {
        writer.WriteU8(SUB_R1KH_ID);
        writer.WriteU8(R1KH_ID_SIZE);
        writer.WriteMac(m_r1khId);
    }
    if (m_hasGtk)
    {
        writer.WriteU8(SUB_GTK);
        writer.WriteU8(static_cast<uint8_t>(GTK_FIXED_SIZE + m_gtk.wrappedKey.size()));
        writer.WriteU16Le(m_gtk.keyInfo);
        writer.WriteU8(m_gtk.keyLength);
        writer.WriteBytes(m_gtk.rsc);
        writer.WriteBytes(m_gtk.wrappedKey);
    }
    if (!m_r0khId.empty())
    {
        writer.WriteU8(SUB_R0KH_ID);
        writer.WriteU8(static_cast<uint8_t>(m_r0khId.size()));
        writer.WriteBytes(m_r0khId);
    }
    if (!m_igtk.empty())
    {
        writer.WriteU8(SUB_IGTK);
        writer.WriteU8(static_cast<uint8_t>(m_igtk.size()));
        writer.WriteBytes(m_igtk);
    }
    for (const auto& other : m_others)
    {
        writer.WriteU8(other.id);
        writer.WriteU8(static_cast<uint8_t>(other.data.size()));
        writer.WriteBytes(other.data);
    }
}

std::vector<uint8_t>
FastBssTransitionElement::Encode() const
{
    ByteWriter writer;
    Encode(writer);
    return writer.GetBytes();
}

std::vector<uint8_t>
FastBssTransitionElement::EncodeWithZeroMic() const
{
    FastBssTransitionElement copy = *this;
    copy.m_mic.assign(MIC_SIZE, 0);
    return copy.Encode();
}

bool
FastBssTransitionElement::ZeroMic(const std::vector<uint8_t>& fte,
                                  std::vector<uint8_t>& zeroed,
                                  std::string& why)
{
    if (fte.size() < 2 || fte[0] != ELEMENT_ID)
    {
        why = "not an FT element";
        return false;
    }
    if (std::size_t(fte[1]) + 2 != fte.size() || fte[1] < FIXED_LENGTH)
    {
        why = "FT element length " + std::to_string(fte[1]) + " does not match its " +
              std::to_string(fte.size()) + " octets or is shorter than 82";
        return false;
    }
    zeroed = fte;
    std::fill(zeroed.begin() + MIC_OFFSET, zeroed.begin() + MIC_OFFSET + MIC_SIZE, 0);
    return true;
}

bool
FastBssTransitionElement::Decode(ByteReader& reader,
                                 FastBssTransitionElement& element,
                                 std::string& why)
{
    if (reader.GetRemaining() < 2)
    {
        why = "FT element shorter than its 2-byte header";
        return false;
    }
    uint8_t id = reader.ReadU8();
    uint8_t length = reader.ReadU8();
    if (id != ELEMENT_ID)
    {
        why = "element ID " + std::to_string(id) + " is not the FT element (55)";
        return false;
    }
    if (length != reader.GetRemaining())
    {
        why = "FT element length " + std::to_string(length) + " does not match the " +
              std::to_string(reader.GetRemaining()) + " bytes that follow";
        return false;
    }
    if (length < FIXED_LENGTH)
    {
        why = "FT element length " + std::to_string(length) +
              " is shorter than MIC Control, MIC, ANonce and SNonce (82)";
        return false;
    }
    ByteReader body = reader.ReadSub(length);
    FastBssTransitionElement result;
    result.m_micControl = body.ReadU16Le();
    result.m_mic = body.ReadBytes(MIC_SIZE);
    result.m_anonce = body.ReadBytes(NONCE_SIZE);
    result.m_snonce = body.ReadBytes(NONCE_SIZE);
    while (body.IsOk() && body.GetRemaining() > 0)
    {
        if (body.GetRemaining() < 2)
        {
            why = "FT element ends inside a subelement header";
            return false;
        }
        uint8_t subId = body.ReadU8();
        uint8_t subLength = body.ReadU8();
        if (subLength > body.GetRemaining())
        {
            why = "FT subelement " + std::to_string(subId) + " length " +
                  std::to_string(subLength) + " runs past the element";
            return false;
        }
        ByteReader sub = body.ReadSub(subLength);
        switch (subId)
        {
        case SUB_R1KH_ID:
            if (result.m_hasR1khId)
            {
                why = "FT element has two R1KH-ID subelements";
                return false;
            }
            if (subLength != R1KH_ID_SIZE)
            {
                why = "R1KH-ID subelement length " + std::to_string(subLength) + " is not 6";
                return false;
            }
            result.m_hasR1khId = true;
            result.m_r1khId = sub.ReadMac();
            break;
        case SUB_GTK: {
            if (result.m_hasGtk)
            {
                why = "FT element has two GTK subelements";
                return false;
            }
            if (subLength < GTK_FIXED_SIZE + MIN_WRAPPED_KEY)
            {
                why = "GTK subelement length " + std::to_string(subLength) + " is shorter than 35";
                return false;
            }
            Gtk gtk;
            gtk.keyInfo = sub.ReadU16Le();
            gtk.keyLength = sub.ReadU8();
            gtk.rsc = sub.ReadBytes(RSC_SIZE);
            gtk.wrappedKey = sub.ReadBytes(sub.GetRemaining());
            if (!CheckGtk(gtk, why))
            {
                return false;
            }
            if (gtk.keyLength == 0 || gtk.keyLength + 8u > gtk.wrappedKey.size())
            {
                why = "GTK subelement key length " + std::to_string(gtk.keyLength) +
                      " does not fit its " + std::to_string(gtk.wrappedKey.size()) +
                      "-octet wrapped key";
                return false;
            }
            result.m_hasGtk = true;
            result.m_gtk = gtk;
            break;
        }
        case SUB_R0KH_ID:
            if (!result.m_r0khId.empty())
            {
                why = "FT element has two R0KH-ID subelements";
                return false;
            }
            if (subLength == 0 || subLength > MAX_R0KH_ID_SIZE)
            {
                why = "R0KH-ID subelement length " + std::to_string(subLength) + " is not 1 to 48";
                return false;
            }
            result.m_r0khId = sub.ReadBytes(subLength);
            break;
        case SUB_IGTK:
            if (!result.m_igtk.empty())
            {
                why = "FT element has two IGTK subelements";
                return false;
            }
            if (subLength < IGTK_FIXED_SIZE + MIN_WRAPPED_KEY ||
                subLength > IGTK_FIXED_SIZE + MAX_WRAPPED_KEY)
            {
                why = "IGTK subelement length " + std::to_string(subLength) + " is not 33 to 49";
                return false;
            }
            result.m_igtk = sub.ReadBytes(subLength);
            break;
        default: {
            Subelement other;
            other.id = subId;
            other.data = sub.ReadBytes(subLength);
            result.m_others.push_back(other);
            break;
        }
        }
        if (!sub.IsOk())
        {
            why = "FT subelement " + std::to_string(subId) + " truncated";
            return false;
        }
    }
    if (!body.IsOk() || !reader.IsOk())
    {
        why = "FT element truncated";
        return false;
    }
    element = result;
    return true;
}

bool
FastBssTransitionElement::Decode(const std::vector<uint8_t>& bytes,
                                 FastBssTransitionElement& element,
                                 std::string& why)
{
    ByteReader reader(bytes);
    return Decode(reader, element, why);
}

bool
FastBssTransitionElement::operator==(const FastBssTransitionElement& other) const
{
    return m_micControl == other.m_micControl && m_mic == other.m_mic &&
           m_anonce == other.m_anonce && m_snonce == other.m_snonce &&
           m_hasR1khId == other.m_hasR1khId && m_r1khId == other.m_r1khId &&
           m_r0khId == other.m_r0khId && m_hasGtk == other.m_hasGtk && m_gtk == other.m_gtk &&
           m_igtk == other.m_igtk && m_others == other.m_others;
}

} // namespace ns3
