/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "capwap-descriptor-elements.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CapwapDescriptorElements");

namespace
{

/**
 * Write vendor sub-elements, the layout that the AC Information of the AC Descriptor and the
 * Descriptor Sub-Elements of the WTP Descriptor share (RFC 5415 §4.6.1, §4.6.41): Vendor
 * Identifier (32), Type (16), Length (16), Data.
 * \param w where to write
 * \param list the sub-elements (vendorIdentifier, type, data)
 * \param maxData the largest Data
 * \param tooLong the abort message for a longer Data
 */
template <class T>
void
WriteVendorSubElements(ByteWriter& w,
                       const std::vector<T>& list,
                       std::size_t maxData,
                       const char* tooLong)
{
    for (const auto& sub : list)
    {
        NS_ABORT_MSG_IF(sub.data.size() > maxData, tooLong);
        w.WriteU32(sub.vendorIdentifier);
        w.WriteU16(sub.type);
        w.WriteU16(static_cast<uint16_t>(sub.data.size()));
        w.WriteString(sub.data);
    }
}

/**
 * Read vendor sub-elements (see WriteVendorSubElements) up to the end of the element.
 * \param r the rest of the element
 * \param maxData the largest Data
 * \param truncated the reason for a truncated sub-element header
 * \param lengthField the Length field's name, for the reason of a Length that is too large
 * \param out the sub-elements read are appended
 * \param why the reason on failure
 * \return true if every sub-element is valid
 */
template <class T>
bool
ReadVendorSubElements(ByteReader& r,
                      std::size_t maxData,
                      const char* truncated,
                      const char* lengthField,
                      std::vector<T>& out,
                      std::string& why)
{
    while (r.GetRemaining() > 0)
    {
        if (r.GetRemaining() < 8)
        {
            why = truncated;
            return false;
        }
        T sub;
        sub.vendorIdentifier = r.ReadU32();
        sub.type = r.ReadU16();
        const uint16_t length = r.ReadU16();
        if (length > maxData || length > r.GetRemaining())
        {
            why = std::string(lengthField) + " " + std::to_string(length) +
                  " overruns the element or exceeds " + std::to_string(maxData);
            return false;
        }
        sub.data = r.ReadString(length);
        out.push_back(std::move(sub));
    }
    return true;
}

} // namespace

// ---------------------------------------------------------------------------- AC Descriptor

const CapwapAcDescriptorElement::AcInformation*
CapwapAcDescriptorElement::FindAcInformation(uint16_t type) const
{
    for (const auto& info : acInformation)
    {
        if (info.vendorIdentifier == 0 && info.type == type)
        {
            return &info;
        }
    }
    return nullptr;
}

CapwapMessageElement
CapwapAcDescriptorElement::ToElement() const
{
    ByteWriter w;
    w.WriteU16(stations);
    w.WriteU16(limit);
    w.WriteU16(activeWtps);
    w.WriteU16(maxWtps);
    w.WriteU8(security);
    w.WriteU8(rMacField);
    w.WriteU8(0); // Reserved1
    w.WriteU8(dtlsPolicy);
    WriteVendorSubElements(w, acInformation, MAX_INFORMATION, "AC Information Data too long");
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
CapwapAcDescriptorElement::FromElement(const CapwapMessageElement& e,
                                       CapwapAcDescriptorElement& out,
                                       std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 12, CapwapMessageElement::MAX_VALUE, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.stations = r.ReadU16();
    out.limit = r.ReadU16();
    out.activeWtps = r.ReadU16();
    out.maxWtps = r.ReadU16();
    out.security = r.ReadU8();
    out.rMacField = r.ReadU8();
    r.Skip(1); // Reserved1
    out.dtlsPolicy = r.ReadU8();
    if (!CapwapMessageElement::CheckRange(out.rMacField,
                                          R_MAC_SUPPORTED,
                                          R_MAC_NOT_SUPPORTED,
                                          "AC Descriptor R-MAC Field",
                                          why))
    {
        return false;
    }
    out.acInformation.clear();
    return ReadVendorSubElements(r,
                                 MAX_INFORMATION,
                                 "AC Descriptor: AC Information sub-element header truncated",
                                 "AC Descriptor: AC Information Length",
                                 out.acInformation,
                                 why) &&
           r.IsDone();
}

// ---------------------------------------------------------------------------- WTP Board Data

CapwapMessageElement
CapwapWtpBoardDataElement::ToElement() const
{
    NS_ABORT_MSG_IF(modelNumber.empty() || serialNumber.empty(),
                    "WTP Board Data needs a Model Number and a Serial Number");
    ByteWriter w;
    w.WriteU32(vendorIdentifier);
    auto writeSub = [&w](uint16_t type, const std::string& value) {
        NS_ABORT_MSG_IF(value.size() > MAX_VALUE, "WTP Board Data value too long");
        w.WriteU16(type);
        w.WriteU16(static_cast<uint16_t>(value.size()));
        w.WriteString(value);
    };
    writeSub(MODEL_NUMBER, modelNumber);
    writeSub(SERIAL_NUMBER, serialNumber);
    if (!boardId.empty())
    {
        writeSub(BOARD_ID, boardId);
    }
    if (!boardRevision.empty())
    {
        writeSub(BOARD_REVISION, boardRevision);
    }
    if (hasBaseMacAddress)
    {
        w.WriteU16(BASE_MAC_ADDRESS);
        w.WriteU16(6);
        w.WriteMac(baseMacAddress);
    }
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
CapwapWtpBoardDataElement::FromElement(const CapwapMessageElement& e,
                                       CapwapWtpBoardDataElement& out,
                                       std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 14, CapwapMessageElement::MAX_VALUE, why))
    {
        return false;
    }
    out = CapwapWtpBoardDataElement();
    ByteReader r(e.value);
    out.vendorIdentifier = r.ReadU32();
    bool seen[5] = {false, false, false, false, false};
    while (r.GetRemaining() > 0)
    {
        if (r.GetRemaining() < 4)
        {
            why = "WTP Board Data: sub-element header truncated";
            return false;
        }
        const uint16_t type = r.ReadU16();
        const uint16_t length = r.ReadU16();
        if (length == 0 || length > MAX_VALUE || length > r.GetRemaining())
        {
            why = "WTP Board Data: Board Data Length " + std::to_string(length) +
                  " is zero, exceeds 1024 or overruns the element";
            return false;
        }
        if (type > BASE_MAC_ADDRESS)
        {
            why = "WTP Board Data: unknown Board Data Type " + std::to_string(type);
            return false;
        }
        if (seen[type])
        {
            why = "WTP Board Data: duplicate Board Data Type " + std::to_string(type);
            return false;
        }
        seen[type] = true;
        switch (type)
        {
        case MODEL_NUMBER:
            out.modelNumber = r.ReadString(length);
            break;
        case SERIAL_NUMBER:
            out.serialNumber = r.ReadString(length);
            break;
        case BOARD_ID:
            out.boardId = r.ReadString(length);
            break;
        case BOARD_REVISION:
            out.boardRevision = r.ReadString(length);
            break;
        default: // BASE_MAC_ADDRESS
            if (length != 6)
            {
                why = "WTP Board Data: Base MAC Address Length " + std::to_string(length) +
                      " is not 6";
                return false;
            }
            out.hasBaseMacAddress = true;
            out.baseMacAddress = r.ReadMac();
            break;
        }
    }
    if (!seen[MODEL_NUMBER] || !seen[SERIAL_NUMBER])
    {
        why = "WTP Board Data: the Model Number and Serial Number sub-elements are mandatory";
        return false;
    }
    return r.IsDone();
}

// ---------------------------------------------------------------------------- WTP Descriptor

const CapwapWtpDescriptorElement::Descriptor*
CapwapWtpDescriptorElement::FindDescriptor(uint16_t type) const
{
    for (const auto& descriptor : descriptors)
    {
        if (descriptor.type == type)
        {
            return &descriptor;
        }
    }
    return nullptr;
}

CapwapMessageElement
CapwapWtpDescriptorElement::ToElement() const
{
    NS_ABORT_MSG_IF(encryption.empty() || encryption.size() > 255,
                    "WTP Descriptor needs 1..255 Encryption Sub-Elements");
    ByteWriter w;
    w.WriteU8(maxRadios);
    w.WriteU8(radiosInUse);
    w.WriteU8(static_cast<uint8_t>(encryption.size()));
    for (const auto& enc : encryption)
    {
        NS_ABORT_MSG_IF(enc.wbid > 31, "WTP Descriptor WBID does not fit in 5 bits");
        w.WriteU8(enc.wbid);
        w.WriteU16(enc.encryptionCapabilities);
    }
    WriteVendorSubElements(w, descriptors, MAX_DATA, "WTP Descriptor Data too long");
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
CapwapWtpDescriptorElement::FromElement(const CapwapMessageElement& e,
                                        CapwapWtpDescriptorElement& out,
                                        std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, MIN_LENGTH, CapwapMessageElement::MAX_VALUE, why))
    {
        return false;
    }
    out = CapwapWtpDescriptorElement();
    ByteReader r(e.value);
    out.maxRadios = r.ReadU8();
    out.radiosInUse = r.ReadU8();
    const uint8_t numEncrypt = r.ReadU8();
    if (numEncrypt == 0)
    {
        why = "WTP Descriptor: Num Encrypt is 0";
        return false;
    }
    if (out.radiosInUse > out.maxRadios)
    {
        why = "WTP Descriptor: Radios in use " + std::to_string(out.radiosInUse) +
              " exceeds Max Radios " + std::to_string(out.maxRadios);
        return false;
    }
    if (r.GetRemaining() < 3u * numEncrypt)
    {
        why = "WTP Descriptor: " + std::to_string(numEncrypt) +
              " Encryption Sub-Elements overrun the element";
        return false;
    }
    for (uint8_t i = 0; i < numEncrypt; ++i)
    {
        Encryption enc;
        enc.wbid = r.ReadU8() & 0x1f; // the 3 reserved bits are ignored
        enc.encryptionCapabilities = r.ReadU16();
        out.encryption.push_back(enc);
    }
    return ReadVendorSubElements(r,
                                 MAX_DATA,
                                 "WTP Descriptor: Descriptor Sub-Element header truncated",
                                 "WTP Descriptor: Descriptor Length",
                                 out.descriptors,
                                 why) &&
           r.IsDone();
}

// ------------------------------------------------------------------- Vendor Specific Payload

CapwapMessageElement
CapwapVendorSpecificPayloadElement::ToElement() const
{
    NS_ABORT_MSG_IF(data.empty() || data.size() > MAX_DATA,
                    "Vendor Specific Payload Data must be 1..2048 bytes");
    ByteWriter w;
    w.WriteU32(vendorIdentifier);
    w.WriteU16(elementId);
    w.WriteBytes(data);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
CapwapVendorSpecificPayloadElement::FromElement(const CapwapMessageElement& e,
                                                CapwapVendorSpecificPayloadElement& out,
                                                std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 7, 6 + MAX_DATA, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.vendorIdentifier = r.ReadU32();
    out.elementId = r.ReadU16();
    out.data = r.ReadBytes(r.GetRemaining());
    return r.IsDone();
}

} // namespace ns3
