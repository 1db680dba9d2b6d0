/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_RSN_ELEMENT_H
#define WLC_RSN_ELEMENT_H

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The RSN element (IEEE 802.11-2020 9.4.2.24): Element ID 48, Length, Version (1), Group Data
 * Cipher Suite, Pairwise Cipher Suite Count and List, AKM Suite Count and List, RSN
 * Capabilities, PMKID Count and List, Group Management Cipher Suite. Integers are little
 * endian; a suite selector is an OUI and a type, held here as (OUI << 8) | type, for example
 * 0x000FAC04 for CCMP-128.
 *
 * The fields after the version may be absent from the end (the standard's defaults are then
 * CCMP-128 and AKM 00-0F-AC:1); Decode accepts such truncation only at field boundaries and
 * rejects counts that run past the element and trailing bytes. Encode always writes the
 * fields up to RSN Capabilities, then PMKID Count/List if there are PMKIDs or a Group
 * Management Cipher Suite, then that suite if set; with the defaults it writes the 22-byte
 * element of WPA2-Personal with CCMP:
 * 30 14 01 00 00 0f ac 04 01 00 00 0f ac 04 01 00 00 0f ac 02 00 00.
 */
class RsnElement
{
  public:
    static constexpr uint8_t ELEMENT_ID = 48;           //!< Element ID of the RSN element
    static constexpr uint32_t OUI_IEEE80211 = 0x000FAC; //!< OUI of the IEEE 802.11 suites

    static constexpr uint32_t CIPHER_USE_GROUP = 0x000FAC00; //!< use group cipher suite
    static constexpr uint32_t CIPHER_WEP40 = 0x000FAC01;     //!< WEP-40
    static constexpr uint32_t CIPHER_TKIP = 0x000FAC02;      //!< TKIP
    static constexpr uint32_t CIPHER_CCMP = 0x000FAC04;      //!< CCMP-128
    static constexpr uint32_t CIPHER_WEP104 = 0x000FAC05;    //!< WEP-104
    static constexpr uint32_t CIPHER_BIP_CMAC = 0x000FAC06;  //!< BIP-CMAC-128
    static constexpr uint32_t CIPHER_NO_GROUP = 0x000FAC07; //!< group addressed traffic not allowed
    static constexpr uint32_t AKM_8021X = 0x000FAC01;       //!< 802.1X (PMKSA caching)
    static constexpr uint32_t AKM_PSK = 0x000FAC02;         //!< PSK
    static constexpr uint32_t AKM_FT_8021X = 0x000FAC03;    //!< FT over 802.1X
    static constexpr uint32_t AKM_FT_PSK = 0x000FAC04;      //!< FT with PSK
    static constexpr uint32_t AKM_8021X_SHA256 = 0x000FAC05; //!< 802.1X with SHA-256
    static constexpr uint32_t AKM_PSK_SHA256 = 0x000FAC06;   //!< PSK with SHA-256
    static constexpr uint32_t AKM_SAE = 0x000FAC08;          //!< SAE

    static constexpr std::size_t PMKID_SIZE = 16; //!< size of one PMKID

    /// Version 1, group CCMP, pairwise {CCMP}, AKM {PSK}, capabilities 0, no PMKID.
    RsnElement();

    /// \return the Version field
    uint16_t GetVersion() const;
    /// \param version the Version field (1)
    void SetVersion(uint16_t version);
    /// \return the Group Data Cipher Suite
    uint32_t GetGroupCipher() const;
    /// \param suite the Group Data Cipher Suite
    void SetGroupCipher(uint32_t suite);
    /// \return the Pairwise Cipher Suite List
    const std::vector<uint32_t>& GetPairwiseCiphers() const;
    /// \param suites the Pairwise Cipher Suite List
    void SetPairwiseCiphers(const std::vector<uint32_t>& suites);
    /// \return the AKM Suite List
    const std::vector<uint32_t>& GetAkmSuites() const;
    /// \param suites the AKM Suite List
    void SetAkmSuites(const std::vector<uint32_t>& suites);
    /// \return the RSN Capabilities field
    uint16_t GetCapabilities() const;
    /// \param capabilities the RSN Capabilities field
    void SetCapabilities(uint16_t capabilities);
    /// \return the PMKID List (16 bytes each)
    const std::vector<std::vector<uint8_t>>& GetPmkids() const;
    /// \param pmkids the PMKID List (16 bytes each)
    void SetPmkids(const std::vector<std::vector<uint8_t>>& pmkids);
    /// \return true if the Group Management Cipher Suite is present
    bool HasGroupManagementCipher() const;
    /// \return the Group Management Cipher Suite (0 if absent)
    uint32_t GetGroupManagementCipher() const;
    /// \param suite the Group Management Cipher Suite; 0 removes it
    void SetGroupManagementCipher(uint32_t suite);
    /// \param suite a cipher suite \return true if it is in the pairwise list
    bool HasPairwiseCipher(uint32_t suite) const;
    /// \param suite an AKM suite \return true if it is in the AKM list
    bool HasAkm(uint32_t suite) const;

    /// \return the encoded size, header included
    std::size_t GetSerializedSize() const;
    /// \param writer where to write the element, Element ID and Length included
    void Encode(ByteWriter& writer) const;
    /// \return the element, Element ID and Length included
    std::vector<uint8_t> Encode() const;
    /**
     * Read one RSN element that extends to the end of \p reader.
     * \param reader the element, Element ID and Length included
     * \param element the element read (unspecified on failure)
     * \param why on failure, a short reason
     * \return true for a well-formed RSN element of version 1
     */
    static bool Decode(ByteReader& reader, RsnElement& element, std::string& why);
    /**
     * Read one RSN element from a byte vector.
     * \param bytes the element, Element ID and Length included
     * \param element the element read
     * \param why on failure, a short reason
     * \return true on success
     */
    static bool Decode(const std::vector<uint8_t>& bytes, RsnElement& element, std::string& why);
    /// \param suite a suite selector \return e.g. "00-0F-AC:4"
    static std::string SuiteToString(uint32_t suite);
    /// \param suite a cipher suite selector \return its key length in bytes (0 if unknown)
    static std::size_t CipherKeyLength(uint32_t suite);

    /// \param other another element \return true if every field is equal
    bool operator==(const RsnElement& other) const;

  private:
    uint16_t m_version;                         //!< Version
    uint32_t m_groupCipher;                     //!< Group Data Cipher Suite
    std::vector<uint32_t> m_pairwise;           //!< Pairwise Cipher Suite List
    std::vector<uint32_t> m_akm;                //!< AKM Suite List
    uint16_t m_capabilities;                    //!< RSN Capabilities
    std::vector<std::vector<uint8_t>> m_pmkids; //!< PMKID List
    uint32_t m_groupMgmtCipher;                 //!< Group Management Cipher Suite, 0 if absent
};

/**
 * \ingroup wlc
 * The Key Data field of EAPOL-Key frames (IEEE 802.11-2020 12.7.2): a sequence of elements
 * and KDEs (Type 0xDD, Length, OUI 00-0F-AC, Data Type, Data), and the padding that precedes
 * AES Key Wrap (0xDD then zeros, to at least 16 bytes and a multiple of 8).
 */
class RsnKeyData
{
  public:
    static constexpr uint8_t KDE_TYPE = 0xDD;       //!< Type octet of a KDE (vendor specific)
    static constexpr uint8_t KDE_GTK = 1;           //!< GTK KDE data type
    static constexpr uint8_t KDE_MAC_ADDRESS = 3;   //!< MAC address KDE data type
    static constexpr uint8_t KDE_PMKID = 4;         //!< PMKID KDE data type
    static constexpr std::size_t MAX_GTK_SIZE = 32; //!< longest GTK (TKIP)

    /// The contents of a parsed (plaintext) Key Data field.
    struct Contents
    {
        std::vector<uint8_t> rsnElement;         //!< the RSN element as carried, empty if none
        bool hasGtk{false};                      //!< a GTK KDE is present
        uint8_t gtkKeyId{0};                     //!< GTK KDE Key ID (0-3)
        bool gtkTx{false};                       //!< GTK KDE Tx bit
        std::vector<uint8_t> gtk;                //!< the GTK
        std::vector<uint8_t> pmkid;              //!< PMKID KDE contents, empty if none
        std::size_t paddingSize{0};              //!< bytes of padding at the end
        std::vector<std::vector<uint8_t>> other; //!< any other element or KDE, as carried
    };

    /**
     * A GTK KDE: DD, Length, 00-0F-AC, 1, Key ID / Tx octet, reserved octet, GTK.
     * \param keyId the key ID (0-3)
     * \param tx the Tx bit
     * \param gtk the GTK (1-32 bytes)
     * \return the KDE
     */
    static std::vector<uint8_t> EncodeGtkKde(uint8_t keyId,
                                             bool tx,
                                             const std::vector<uint8_t>& gtk);
    /// \param pmkid a 16-byte PMKID \return the PMKID KDE
    static std::vector<uint8_t> EncodePmkidKde(const std::vector<uint8_t>& pmkid);
    /**
     * Pad key data for AES Key Wrap (IEEE 802.11-2020 12.7.2 j): if it is shorter than 16
     * bytes or not a multiple of 8, append 0xDD and then zeros up to the next multiple of 8
     * (at least 16 bytes); otherwise return it unchanged.
     * \param keyData the key data
     * \return the padded key data
     */
    static std::vector<uint8_t> Pad(const std::vector<uint8_t>& keyData);
    /**
     * Parse a plaintext Key Data field. Padding (0xDD followed by a zero octet, or a final
     * lone 0xDD) ends the field and must be followed by zeros only.
     * \param keyData the key data
     * \param contents what it holds (unspecified on failure)
     * \param why on failure, a short reason
     * \return false for an element that runs past the end, a malformed GTK or PMKID KDE, a
     *         second RSN element or GTK KDE, or non-zero padding
     */
    static bool Parse(const std::vector<uint8_t>& keyData, Contents& contents, std::string& why);
};

} // namespace ns3

#endif /* WLC_RSN_ELEMENT_H */
