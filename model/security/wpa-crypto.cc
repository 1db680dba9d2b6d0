/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wpa-crypto.h"

#include "ns3/abort.h"
#include "ns3/log.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WpaCrypto");

namespace
{

/// The default initial value of RFC 3394 2.2.3.1.
const uint8_t KEY_WRAP_IV[8] = {0xa6, 0xa6, 0xa6, 0xa6, 0xa6, 0xa6, 0xa6, 0xa6};

/// \param size a key size in bytes \return the AES-ECB cipher for it, or nullptr
const EVP_CIPHER*
AesEcbCipher(std::size_t size)
{
    switch (size)
    {
    case 16:
        return EVP_aes_128_ecb();
    case 24:
        return EVP_aes_192_ecb();
    case 32:
        return EVP_aes_256_ecb();
    default:
        return nullptr;
    }
}

/// Frees an EVP_CIPHER_CTX.
struct CipherCtxDeleter
{
    /// \param ctx the context
    void operator()(EVP_CIPHER_CTX* ctx) const
    {
        EVP_CIPHER_CTX_free(ctx);
    }
};

/// An owned EVP_CIPHER_CTX.
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

/**
 * A context for single-block AES-ECB without padding.
 * \param kek the key (16, 24 or 32 bytes)
 * \param encrypt true to encrypt, false to decrypt
 * \return the context
 */
CipherCtx
MakeAesEcb(const std::vector<uint8_t>& kek, bool encrypt)
{
    const EVP_CIPHER* cipher = AesEcbCipher(kek.size());
    NS_ABORT_MSG_IF(cipher == nullptr, "AES key wrap: the KEK must have 16, 24 or 32 bytes");
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    NS_ABORT_MSG_IF(!ctx, "EVP_CIPHER_CTX_new failed");
    int ok = EVP_CipherInit_ex(ctx.get(), cipher, nullptr, kek.data(), nullptr, encrypt ? 1 : 0);
    NS_ABORT_MSG_IF(ok != 1, "EVP_CipherInit_ex failed");
    EVP_CIPHER_CTX_set_padding(ctx.get(), 0);
    return ctx;
}

/**
 * Process one 16-byte block in place.
 * \param ctx the context of MakeAesEcb
 * \param block the block
 */
void
AesBlock(EVP_CIPHER_CTX* ctx, uint8_t* block)
{
    uint8_t out[32];
    int outLen = 0;
    int ok = EVP_CipherUpdate(ctx, out, &outLen, block, 16);
    NS_ABORT_MSG_IF(ok != 1 || outLen != 16, "AES block operation failed");
    std::memcpy(block, out, 16);
}

/// \param c a character \return its value as a hex digit, or -1
int
HexValue(char c)
{
    if (c >= '0' && c <= '9')
    {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f')
    {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F')
    {
        return c - 'A' + 10;
    }
    return -1;
}

/// \param address a MAC address \return its six bytes
std::vector<uint8_t>
MacBytes(Mac48Address address)
{
    std::vector<uint8_t> bytes(6);
    address.CopyTo(bytes.data());
    return bytes;
}

} // namespace

std::vector<uint8_t>
WpaCrypto::Ptk::GetBytes() const
{
    std::vector<uint8_t> bytes;
    if (!IsSet())
    {
        return bytes;
    }
    bytes.insert(bytes.end(), kck.begin(), kck.end());
    bytes.insert(bytes.end(), kek.begin(), kek.end());
    bytes.insert(bytes.end(), tk.begin(), tk.end());
    return bytes;
}

bool
WpaCrypto::Ptk::IsSet() const
{
    return kck.size() == KCK_SIZE && kek.size() == KEK_SIZE && tk.size() == TK_SIZE;
}

bool
WpaCrypto::Ptk::operator==(const Ptk& other) const
{
    return kck == other.kck && kek == other.kek && tk == other.tk;
}

bool
WpaCrypto::CheckPassphrase(const std::string& passphrase, std::string& why)
{
    if (passphrase.size() < 8 || passphrase.size() > 63)
    {
        why = "a WPA passphrase must have 8 to 63 characters (this one has " +
              std::to_string(passphrase.size()) + ")";
        return false;
    }
    for (std::size_t i = 0; i < passphrase.size(); ++i)
    {
        auto c = static_cast<unsigned char>(passphrase[i]);
        if (c < 32 || c > 126)
        {
            why = "a WPA passphrase must be printable ASCII (character " + std::to_string(i + 1) +
                  " has code " + std::to_string(c) + ")";
            return false;
        }
    }
    return true;
}

bool
WpaCrypto::PmkFromPassphrase(const std::string& passphrase,
                             const std::string& ssid,
                             std::vector<uint8_t>& pmk,
                             std::string& why)
{
    if (!CheckPassphrase(passphrase, why))
    {
        return false;
    }
    if (ssid.empty() || ssid.size() > 32)
    {
        why = "an SSID must have 1 to 32 octets (this one has " + std::to_string(ssid.size()) + ")";
        return false;
    }
    std::vector<uint8_t> out(PMK_SIZE);
    int ok = PKCS5_PBKDF2_HMAC_SHA1(passphrase.data(),
                                    static_cast<int>(passphrase.size()),
                                    reinterpret_cast<const unsigned char*>(ssid.data()),
                                    static_cast<int>(ssid.size()),
                                    static_cast<int>(PBKDF2_ITERATIONS),
                                    static_cast<int>(out.size()),
                                    out.data());
    NS_ABORT_MSG_IF(ok != 1, "PKCS5_PBKDF2_HMAC_SHA1 failed");
    pmk = out;
    return true;
}

bool
WpaCrypto::PmkFromHexPsk(const std::string& hex, std::vector<uint8_t>& pmk, std::string& why)
{
    if (hex.size() != 2 * PMK_SIZE)
    {
        why = "a hex PSK must have exactly 64 hex digits (this one has " +
              std::to_string(hex.size()) + " characters)";
        return false;
    }
    std::vector<uint8_t> out;
    for (char c : hex)
    {
        if (HexValue(c) < 0)
        {
            why = "a hex PSK must have exactly 64 hex digits (found '" + std::string(1, c) + "')";
            return false;
        }
    }
    ParseHex(hex, out);
    pmk = out;
    return true;
}

bool
WpaCrypto::DerivePmk(const std::string& secret,
                     const std::string& ssid,
                     std::vector<uint8_t>& pmk,
                     std::string& why)
{
    if (secret.size() == 2 * PMK_SIZE)
    {
        return PmkFromHexPsk(secret, pmk, why);
    }
    return PmkFromPassphrase(secret, ssid, pmk, why);
}

namespace
{
/**
 * \param md the hash \param size its output size \param key the key \param data the data
 * \return the HMAC
 */
std::vector<uint8_t>
Hmac(const EVP_MD* md,
     std::size_t size,
     const std::vector<uint8_t>& key,
     const std::vector<uint8_t>& data)
{
    std::vector<uint8_t> mac(size);
    unsigned int macLen = 0;
    static const uint8_t empty = 0;
    const unsigned char* result = HMAC(md,
                                       key.empty() ? &empty : key.data(),
                                       static_cast<int>(key.size()),
                                       data.empty() ? &empty : data.data(),
                                       data.size(),
                                       mac.data(),
                                       &macLen);
    NS_ABORT_MSG_IF(result == nullptr || macLen != size, "HMAC failed");
    return mac;
}
} // namespace

std::vector<uint8_t>
WpaCrypto::HmacSha1(const std::vector<uint8_t>& key, const std::vector<uint8_t>& data)
{
    return Hmac(EVP_sha1(), SHA1_SIZE, key, data);
}

std::vector<uint8_t>
WpaCrypto::HmacSha256(const std::vector<uint8_t>& key, const std::vector<uint8_t>& data)
{
    return Hmac(EVP_sha256(), SHA256_SIZE, key, data);
}

std::vector<uint8_t>
WpaCrypto::Prf(const std::vector<uint8_t>& key,
               const std::string& label,
               const std::vector<uint8_t>& data,
               std::size_t bits)
{
    NS_ABORT_MSG_IF(bits == 0 || bits % 8 != 0 || bits > 1280,
                    "PRF length must be a positive multiple of 8 bits up to 1280");
    std::size_t bytes = bits / 8;
    // A || 0x00 || B || i
    std::vector<uint8_t> input(label.begin(), label.end());
    input.push_back(0x00);
    input.insert(input.end(), data.begin(), data.end());
    input.push_back(0x00);
    std::vector<uint8_t> result;
    for (uint8_t i = 0; result.size() < bytes; ++i)
    {
        input.back() = i;
        std::vector<uint8_t> block = HmacSha1(key, input);
        result.insert(result.end(), block.begin(), block.end());
    }
    result.resize(bytes);
    return result;
}

WpaCrypto::Ptk
WpaCrypto::DerivePtk(const std::vector<uint8_t>& pmk,
                     Mac48Address aa,
                     Mac48Address spa,
                     const std::vector<uint8_t>& anonce,
                     const std::vector<uint8_t>& snonce)
{
    NS_ABORT_MSG_IF(pmk.size() != PMK_SIZE, "the PMK must have 32 bytes");
    NS_ABORT_MSG_IF(anonce.size() != NONCE_SIZE || snonce.size() != NONCE_SIZE,
                    "nonces must have 32 bytes");
    std::vector<uint8_t> a = MacBytes(aa);
    std::vector<uint8_t> s = MacBytes(spa);
    // Lexicographic order of the octet strings, as IEEE 802.11 Min/Max.
    const std::vector<uint8_t>& minAddr = std::min(a, s);
    const std::vector<uint8_t>& maxAddr = std::max(a, s);
    const std::vector<uint8_t>& minNonce = std::min(anonce, snonce);
    const std::vector<uint8_t>& maxNonce = std::max(anonce, snonce);
    std::vector<uint8_t> data;
    data.insert(data.end(), minAddr.begin(), minAddr.end());
    data.insert(data.end(), maxAddr.begin(), maxAddr.end());
    data.insert(data.end(), minNonce.begin(), minNonce.end());
    data.insert(data.end(), maxNonce.begin(), maxNonce.end());
    std::vector<uint8_t> bytes = Prf(pmk, "Pairwise key expansion", data, PTK_SIZE * 8);
    Ptk ptk;
    ptk.kck.assign(bytes.begin(), bytes.begin() + KCK_SIZE);
    ptk.kek.assign(bytes.begin() + KCK_SIZE, bytes.begin() + KCK_SIZE + KEK_SIZE);
    ptk.tk.assign(bytes.begin() + KCK_SIZE + KEK_SIZE, bytes.end());
    return ptk;
}

std::vector<uint8_t>
WpaCrypto::EapolKeyMic(const std::vector<uint8_t>& kck,
                       const std::vector<uint8_t>& eapolFrameWithZeroMic)
{
    NS_ABORT_MSG_IF(kck.size() != KCK_SIZE, "the KCK must have 16 bytes");
    std::vector<uint8_t> mac = HmacSha1(kck, eapolFrameWithZeroMic);
    mac.resize(MIC_SIZE);
    return mac;
}

bool
WpaCrypto::AesKeyWrap(const std::vector<uint8_t>& kek,
                      const std::vector<uint8_t>& plaintext,
                      std::vector<uint8_t>& ciphertext)
{
    if (plaintext.size() < 16 || plaintext.size() % 8 != 0)
    {
        return false;
    }
    CipherCtx ctx = MakeAesEcb(kek, true);
    const std::size_t n = plaintext.size() / 8;
    uint8_t a[8];
    std::memcpy(a, KEY_WRAP_IV, 8);
    std::vector<uint8_t> r(plaintext);
    uint8_t block[16];
    for (uint64_t j = 0; j <= 5; ++j)
    {
        for (std::size_t i = 1; i <= n; ++i)
        {
            std::memcpy(block, a, 8);
            std::memcpy(block + 8, &r[(i - 1) * 8], 8);
            AesBlock(ctx.get(), block);
            uint64_t t = n * j + i;
            for (int k = 0; k < 8; ++k)
            {
                a[k] = block[k] ^ static_cast<uint8_t>(t >> (56 - 8 * k));
            }
            std::memcpy(&r[(i - 1) * 8], block + 8, 8);
        }
    }
    ciphertext.assign(a, a + 8);
    ciphertext.insert(ciphertext.end(), r.begin(), r.end());
    return true;
}

bool
WpaCrypto::AesKeyUnwrap(const std::vector<uint8_t>& kek,
                        const std::vector<uint8_t>& ciphertext,
                        std::vector<uint8_t>& plaintext)
{
    if (ciphertext.size() < 24 || ciphertext.size() % 8 != 0)
    {
        return false;
    }
    CipherCtx ctx = MakeAesEcb(kek, false);
    const std::size_t n = ciphertext.size() / 8 - 1;
    uint8_t a[8];
    std::memcpy(a, ciphertext.data(), 8);
    std::vector<uint8_t> r(ciphertext.begin() + 8, ciphertext.end());
    uint8_t block[16];
    for (uint64_t j = 6; j-- > 0;)
    {
        for (std::size_t i = n; i >= 1; --i)
        {
            uint64_t t = n * j + i;
            for (int k = 0; k < 8; ++k)
            {
                block[k] = a[k] ^ static_cast<uint8_t>(t >> (56 - 8 * k));
            }
            std::memcpy(block + 8, &r[(i - 1) * 8], 8);
            AesBlock(ctx.get(), block);
            std::memcpy(a, block, 8);
            std::memcpy(&r[(i - 1) * 8], block + 8, 8);
        }
    }
    if (CRYPTO_memcmp(a, KEY_WRAP_IV, 8) != 0)
    {
        NS_LOG_LOGIC("AES key unwrap: integrity check failed");
        return false;
    }
    plaintext = r;
    return true;
}

std::vector<uint8_t>
WpaCrypto::Pmkid(const std::vector<uint8_t>& pmk, Mac48Address aa, Mac48Address spa)
{
    const std::string label = "PMK Name";
    std::vector<uint8_t> data(label.begin(), label.end());
    std::vector<uint8_t> a = MacBytes(aa);
    std::vector<uint8_t> s = MacBytes(spa);
    data.insert(data.end(), a.begin(), a.end());
    data.insert(data.end(), s.begin(), s.end());
    std::vector<uint8_t> mac = HmacSha1(pmk, data);
    mac.resize(PMKID_SIZE);
    return mac;
}

bool
WpaCrypto::ConstantTimeEqual(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b)
{
    if (a.size() != b.size())
    {
        return false;
    }
    return a.empty() || CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

bool
WpaCrypto::ParseHex(const std::string& hex, std::vector<uint8_t>& bytes)
{
    std::vector<uint8_t> out;
    int high = -1;
    for (char c : hex)
    {
        if (c == ' ' || c == ':' || c == '-' || c == '\n' || c == '\t')
        {
            continue;
        }
        int value = HexValue(c);
        if (value < 0)
        {
            return false;
        }
        if (high < 0)
        {
            high = value;
        }
        else
        {
            out.push_back(static_cast<uint8_t>((high << 4) | value));
            high = -1;
        }
    }
    if (high >= 0)
    {
        return false;
    }
    bytes = out;
    return true;
}

std::string
WpaCrypto::ToHex(const std::vector<uint8_t>& bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string text;
    text.reserve(bytes.size() * 2);
    for (uint8_t b : bytes)
    {
        text.push_back(digits[b >> 4]);
        text.push_back(digits[b & 0x0f]);
    }
    return text;
}

} // namespace ns3
